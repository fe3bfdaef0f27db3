import { createEvents, type EventAttributes } from "ics";
import type { CatalogueCourse } from "../domain/facets.ts";

const dateParts = (iso: string): [number, number, number] => {
  const [year, month, day] = iso.split("-").map(Number);
  return [year!, month!, day!];
};

/** The day after a date: all-day events in iCalendar end on the day after they finish. */
function dayAfter(iso: string): [number, number, number] {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return dateParts(date.toISOString().slice(0, 10));
}

/**
 * An iCalendar file with one all-day event per dated run of a course (runs that
 * can start at any time have no date to add). Built with the `ics` library.
 */
export function courseCalendar({ course, provider }: CatalogueCourse, page: string): string {
  const events: EventAttributes[] = course.presentations
    .filter((run) => run.start !== undefined)
    .map((run) => ({
      uid: `${course.id}-${run.id}@course-finder`,
      title: course.title,
      description: [course.summary, run.schedule, `Details: ${page}`].filter(Boolean).join("\n"),
      start: dateParts(run.start!),
      startInputType: "utc",
      end: dayAfter(run.end ?? run.start!),
      endInputType: "utc",
      location: run.venue ? `${run.venue.name}, ${run.venue.town} ${run.venue.postcode}` : "Online",
      url: page,
      organizer: { name: provider.name },
      productId: "course-finder",
    }));
  const { error, value } = createEvents(events, { productId: "course-finder", calName: course.title });
  if (error || value === undefined || value === null)
    throw new Error(`Could not make the calendar for ${course.id}: ${String(error)}`);
  return value;
}
