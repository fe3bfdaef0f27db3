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
