import { formatDate } from "./format.ts";
import type { Course, Presentation } from "./schema/index.ts";
import { attendanceModes, labelOf } from "./vocabularies/index.ts";

/**
 * Whether a run is still worth showing: on demand, not yet finished, or (with
 * no end date) not yet started. Past runs stay in the data but leave pages.
 */
export function isCurrentRun(run: Presentation, asOf: string): boolean {
  if (run.flexibleStart) return true;
  const lastDay = run.end ?? run.start;
  return lastDay !== undefined && lastDay >= asOf;
}

/** Runs still to come or under way, soonest first; on-demand runs last. */
export function upcomingRuns(course: Course, asOf: string): Presentation[] {
  return course.presentations
    .filter((run) => isCurrentRun(run, asOf))
    .sort((a, b) => (a.start ?? "9999").localeCompare(b.start ?? "9999"));
}

/** The next run a learner could join, if any. */
export function nextRun(course: Course, asOf: string): Presentation | undefined {
  return upcomingRuns(course, asOf)[0];
}

/** The next run in words, as listings and search results show it. */
export function nextRunText(course: Course, asOf: string): string {
  const run = nextRun(course, asOf);
  if (!run) return "No dates announced";
  const when = run.start ? `Next start ${formatDate(run.start)}` : "Start at any time";
  return `${when} · ${labelOf(attendanceModes, run.attendanceMode)}`;
}

/** Sorts after every real date. */
const NO_DATE = "9999-12-31";

/**
 * A key that orders courses soonest start first, with courses that have no
 * dated run to come last: the order of search's "Soonest start" and of browse
 * pages, whose link to search continues the same list.
 */
export function soonestStartKey(course: Course, asOf: string): string {
  return nextRun(course, asOf)?.start ?? NO_DATE;
}

/** Days ahead that count as "starting soon" on the home page. */
const SOON_DAYS = 90;

/** Courses with a dated run starting within the next 90 days, soonest first. */
export function startingSoon<T extends { course: Course }>(entries: readonly T[], asOf: string, limit: number): T[] {
  const horizon = new Date(`${asOf}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + SOON_DAYS);
  const until = horizon.toISOString().slice(0, 10);
  const firstStart = (course: Course) =>
    course.presentations
      .map((run) => run.start)
      .filter((start): start is string => start !== undefined && start >= asOf && start <= until)
      .sort()[0];
  return entries
    .flatMap((entry) => {
      const start = firstStart(entry.course);
      return start ? [{ entry, start }] : [];
    })
    .sort((a, b) => a.start.localeCompare(b.start))
    .slice(0, limit)
    .map(({ entry }) => entry);
}
