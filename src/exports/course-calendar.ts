import ical, { ICalAlarmType, type ICalEventData, type ICalTemporalPlainDateTimeStub } from "ical-generator";
import { addDays, utcMidnight } from "../domain/dates.ts";
import type { CatalogueCourse } from "../domain/facets.ts";
import { formatDate } from "../domain/format.ts";
import { closingDateToCome, currentRuns, runDaysToCome, sessionOrderKey, type RunDay } from "../domain/runs.ts";
import type { Course, Presentation } from "../domain/schema/index.ts";

/** The time zone of every session time in the catalogue. */
export const CALENDAR_TIME_ZONE = "Europe/London";

/** How long before a closing date its reminder goes off: 9am two days before (the event starts at midnight). */
export const CLOSING_DATE_REMINDER_SECONDS = (24 + 15) * 60 * 60;

/** One event in a course's calendar. */
export interface CalendarEvent {
  /** Stable across builds, so importing the file again updates events rather than adding copies. */
  readonly uid: string;
  /** A day of a run (a session, or its only, first or last day), or the run's closing date for applications. */
  readonly kind: RunDay["kind"] | "closing-date";
  readonly run: Presentation;
  /** The day, YYYY-MM-DD. */
  readonly date: string;
  /** Start and end times in London (HH:MM), for a session that has them. */
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly summary: string;
}

const uid = (course: Course, run: Presentation, suffix?: string) =>
  `${course.id}-${run.id}${suffix ? `-${suffix}` : ""}@course-finder`;

function dayEvent(course: Course, run: Presentation, day: RunDay): CalendarEvent {
  const base = { run, date: day.date, kind: day.kind };
  switch (day.kind) {
    case "session":
      return {
        ...base,
        uid: uid(course, run, `session-${day.number}`),
        start: day.start,
        end: day.end,
        summary: day.of > 1 ? `${course.title} (session ${day.number} of ${day.of})` : course.title,
      };
    case "only-day":
      return { ...base, uid: uid(course, run), summary: course.title };
    case "first-day":
      return { ...base, uid: uid(course, run, "starts"), summary: `${course.title} starts` };
    case "last-day":
      return { ...base, uid: uid(course, run, "ends"), summary: `${course.title} ends` };
  }
}

/**
 * What a course's calendar holds on the as-of date, soonest first. The runs are the clock's
 * current ones (src/domain/runs.ts), and of each only the days still to come:
 *
 * - a run that lists sessions gives one event per session still to come, so a run under way
 *   gives its remaining sessions;
 * - a run without sessions gives its day (a one-day run), or two events, "starts" on its first
 *   day and "ends" on its last, never one event spanning weeks; a run under way gives its last day;
 * - a run learners can start at any time has no dated event;
 * - a closing date for applications that has not passed is an event of its own, with a reminder.
 *
 * A withdrawn course has no calendar: nothing in it can be booked.
 */
export function calendarEvents(course: Course, asOf: string): CalendarEvent[] {
  if (course.status === "withdrawn") return [];
  const events = currentRuns(course, asOf).flatMap((run): CalendarEvent[] => {
    const days = runDaysToCome(run, asOf).map((day) => dayEvent(course, run, day));
    const closingDate = closingDateToCome(run, asOf);
    const closing: CalendarEvent[] = closingDate
      ? [
          {
            uid: uid(course, run, "closing-date"),
            kind: "closing-date",
            run,
            date: closingDate,
            summary: `Closing date for applications: ${course.title}`,
          },
        ]
      : [];
    return [...closing, ...days];
  });
  return events.sort((a, b) => sessionOrderKey(a).localeCompare(sessionOrderKey(b)));
}

/**
 * What a calendar holds, in words for its link: "sessions and the closing date for applications",
 * "start and end dates", "the closing date for applications"…
 */
export function calendarContents(events: readonly CalendarEvent[]): string {
  const kinds = new Set(events.map((event) => event.kind));
  const sessions = kinds.has("session");
  const days = kinds.has("only-day") || kinds.has("first-day") || kinds.has("last-day");
  const closingDates = events.filter((event) => event.kind === "closing-date").length;
  return [
    sessions && days ? "sessions and other course dates" : sessions ? "sessions" : days ? "course dates" : undefined,
    closingDates > 0 && `the closing ${closingDates > 1 ? "dates" : "date"} for applications`,
  ]
    .filter(Boolean)
    .join(" and ");
}

/**
 * A wall-clock time in London, in the shape of the Temporal.PlainDateTime that ical-generator
 * accepts. It writes the time exactly as given, with TZID=Europe/London, whatever the time zone
 * of the machine building the site (a Date would be read in the machine's zone). Calendars turn
 * it into an instant with the VTIMEZONE below, so no time-zone arithmetic happens here.
 */
function londonWallClock(date: string, time: string): ICalTemporalPlainDateTimeStub {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const fields = { year, month, day, hour, minute, second: 0 };
  const text = `${date}T${time}:00`;
  const plainDate = { year, month, day, toJSON: () => date, toString: () => date };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => plainDate,
    toZonedDateTime: (timeZoneId: string) => {
      if (timeZoneId !== CALENDAR_TIME_ZONE) throw new Error(`Session times are in ${CALENDAR_TIME_ZONE}`);
      const zoned = {
        ...fields,
        timeZoneId,
        toJSON: () => `${text}[${timeZoneId}]`,
        toString: () => `${text}[${timeZoneId}]`,
        toPlainDateTime: () => plain,
        withTimeZone: (other: string) => (other === timeZoneId ? zoned : plain.toZonedDateTime(other)),
        // ical-generator only asks for an instant of a value it was given; it is given `plain`.
        toInstant: () => {
          throw new Error("A London wall-clock time is written with its TZID, never as an instant");
        },
      };
      return zoned;
    },
  };
  return plain;
}

/**
 * Europe/London's rules since 1996 (summer time from 1am GMT on the last Sunday in March to
 * 1am GMT on the last Sunday in October), as published by tzurl.org. Calendars read session
 * times with it, so a 09:30 session is 09:30 in London in winter and in summer.
 */
const LONDON_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${CALENDAR_TIME_ZONE}`,
  `X-LIC-LOCATION:${CALENDAR_TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZNAME:BST",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "DTSTART:19700329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZNAME:GMT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "DTSTART:19701025T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** Where a run meets: its venue's name, town and postcode, or "Online". */
const locationOf = (run: Presentation) =>
  run.venue ? `${run.venue.name}, ${run.venue.town} ${run.venue.postcode}` : "Online";

/** The dates and times of an event: all day, or from a start time (to an end time) in London. */
function timing(event: CalendarEvent): Pick<ICalEventData, "start" | "end" | "allDay" | "timezone"> {
  if (event.start === undefined) {
    // All-day events in iCalendar end on the day after they finish.
    return { allDay: true, start: utcMidnight(event.date), end: utcMidnight(addDays(event.date, 1)) };
  }
  return {
    timezone: CALENDAR_TIME_ZONE,
    start: londonWallClock(event.date, event.start),
    ...(event.end === undefined ? {} : { end: londonWallClock(event.date, event.end) }),
  };
}

/**
 * A course's calendar as an iCalendar file (see `calendarEvents` for what it holds), or
 * undefined when it would hold nothing. Built with `ical-generator`, which is about seventy
 * times faster than the `ics` library this replaced: one calendar is made for every course
 * page, so at 10,000 courses that was 9 seconds of the build.
 */
export function courseCalendar({ course, provider }: CatalogueCourse, page: string, asOf: string): string | undefined {
  const events = calendarEvents(course, asOf);
  if (events.length === 0) return undefined;
  const calendar = ical({
    name: course.title,
    prodId: { company: "course-finder", product: "course-finder" },
    // No calendar-wide zone: all-day events stay floating dates, and only timed events name London.
    timezone: { name: null, generator: (zone) => (zone === CALENDAR_TIME_ZONE ? LONDON_VTIMEZONE : null) },
  });
  const email = course.contact.email ?? provider.contact?.email;
  for (const event of events) {
    const { run } = event;
    const closing = event.kind === "closing-date";
    const runDates =
      run.start && run.end && run.end !== run.start
        ? `Runs from ${formatDate(run.start)} to ${formatDate(run.end)}`
        : undefined;
    const description = closing
      ? [
          run.start ? `Last day to apply for the run starting ${formatDate(run.start)}` : "Last day to apply",
          run.applyUrl && `Apply: ${run.applyUrl}`,
          `Run by ${provider.name}`,
          `Details: ${page}`,
        ]
      : [course.summary, runDates, run.schedule, `Run by ${provider.name}`, `Details: ${page}`];
    calendar.createEvent({
      id: event.uid,
      // The as-of date, so the same catalogue always gives the same file.
      stamp: utcMidnight(asOf),
      ...timing(event),
      summary: event.summary,
      description: description.filter(Boolean).join("\n"),
      // A closing date is a deadline, not somewhere to be.
      ...(closing ? {} : { location: locationOf(run) }),
      url: page,
      // Calendars require an organiser's email address; without one the provider is named in the description.
      ...(email ? { organizer: { name: provider.name, email } } : {}),
      ...(closing
        ? {
            alarms: [
              {
                type: ICalAlarmType.display,
                triggerBefore: CLOSING_DATE_REMINDER_SECONDS,
                description: `Applications close in 2 days: ${course.title}`,
              },
            ],
          }
        : {}),
    });
  }
  return calendar.toString();
}
