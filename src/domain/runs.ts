import type { Course, Presentation } from "./schema/index.ts";

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
