import { daysBetween, wholeMonthsBetween } from "./dates.ts";
import { factLabels } from "./fact-labels.ts";
import { formatCost, formatDate } from "./format.ts";
import type { Course, Presentation, Session } from "./schema/index.ts";
import { attendanceModesWithoutVenue, startWindows, type StartWindowId } from "./vocabularies/index.ts";

/**
 * The one clock for runs: every page, filter, sort and export that needs to know
 * whether a run is past, under way or still to join asks this module, against the
 * catalogue's as-of date. Nothing else compares run dates with that date.
 */

/** Where a run stands on the as-of date. */
export type RunPhase =
  /** Finished (or, with no end date, started on an earlier day). Kept in the data, left off pages. */
  | "past"
  /** Started before the as-of date and not yet finished: shown, but no longer a start a learner can make. */
  | "under-way"
  /** Starts on the as-of date or later. */
  | "upcoming"
  /** Can be started at any time (self-study, e-learning) and has not closed. */
  | "on-demand";

/** Whether applications for a run are open on the as-of date. */
export type ApplicationWindow =
  /** The run takes applications and its closing date, if any, is more than two weeks away. */
  | "open"
  /** The closing date for applications is within the next two weeks (the day itself included). */
  | "closing-soon"
  /** The closing date has passed, or the run has. */
  | "closed"
  /** No closing date is given for a run that has started: ask the provider. */
  | "ask-provider";

/** Days before the closing date when applications count as closing soon. */
export const CLOSING_SOON_DAYS = 14;

/** A run's timing on the as-of date. */
export interface RunTiming {
  readonly phase: RunPhase;
  /** The start window a learner could join it in: only upcoming and on-demand runs have one. */
  readonly startWindow?: StartWindowId;
  readonly applications: ApplicationWindow;
  /** For an upcoming run, the days from the as-of date to its start (0 when it starts that day). */
  readonly daysToStart?: number;
}

const datedWindows = startWindows.filter((window) => window.kind === "dated");
const onDemandWindow = startWindows.find((window) => window.kind === "on-demand")!.id;
/** The window of a course with no run a learner can join: "No dates announced". */
export const noJoinableRunWindow = startWindows.find((window) => window.kind === "none")!;

function phaseOf(run: Presentation, asOf: string): RunPhase {
  const lastDay = run.end ?? run.start;
  if (run.flexibleStart) return run.end !== undefined && run.end < asOf ? "past" : "on-demand";
  if (run.start === undefined || lastDay === undefined) return "past";
  if (run.start >= asOf) return "upcoming";
  return lastDay >= asOf ? "under-way" : "past";
}

/** The start window of a run that starts on `start`, counting whole months from `asOf`. */
function datedWindowOf(start: string, asOf: string): StartWindowId {
  const monthsAhead = wholeMonthsBetween(asOf, start);
  const window = datedWindows.find((candidate) =>
    "withinMonths" in candidate ? monthsAhead < candidate.withinMonths : true,
  );
  return window!.id;
}

function applicationsOf(run: Presentation, phase: RunPhase, asOf: string): ApplicationWindow {
  if (phase === "past") return "closed";
  if (run.applyBy === undefined) return phase === "under-way" ? "ask-provider" : "open";
  const daysLeft = daysBetween(asOf, run.applyBy);
  if (daysLeft < 0) return "closed";
  return daysLeft <= CLOSING_SOON_DAYS ? "closing-soon" : "open";
}

/**
 * Timings worked out, by run: a build asks for each run's timing from every page, filter, sort and export
 * that shows it (at 10,000 courses the date sums took 5 of the build's 80 seconds). A run's data does not
 * change once checked, and its timing depends only on it and the as-of date.
 */
const timings = new WeakMap<Presentation, { readonly asOf: string; readonly timing: RunTiming }>();

/** A run's timing on `asOf`. */
export function runTiming(run: Presentation, asOf: string): RunTiming {
  const known = timings.get(run);
  if (known?.asOf === asOf) return known.timing;
  const timing = timingOf(run, asOf);
  timings.set(run, { asOf, timing });
  return timing;
}

function timingOf(run: Presentation, asOf: string): RunTiming {
  const phase = phaseOf(run, asOf);
  const startWindow =
    phase === "on-demand" ? onDemandWindow : phase === "upcoming" ? datedWindowOf(run.start!, asOf) : undefined;
  return {
    phase,
    applications: applicationsOf(run, phase, asOf),
    ...(startWindow ? { startWindow } : {}),
    ...(phase === "upcoming" ? { daysToStart: daysBetween(asOf, run.start!) } : {}),
  };
}

/** Within how many days a start is given as a count of days ("Starts in 12 days") as well as a date. */
export const STARTS_IN_DAYS = 31;

/** "today", "tomorrow" or "in 12 days" for a run starting within a month; otherwise nothing. */
function howSoon(timing: RunTiming): string | undefined {
  const days = timing.daysToStart;
  if (days === undefined || days > STARTS_IN_DAYS) return undefined;
  return days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
}

/** "Starts today", "Starts tomorrow" or "Starts in 12 days" for a run starting within a month; otherwise nothing. */
export function startsInText(timing: RunTiming): string | undefined {
  const soon = howSoon(timing);
  return soon && `Starts ${soon}`;
}

/** Whether a run can be followed online (or at a distance), wherever else it meets. */
export function isOnlineRun(run: Presentation): boolean {
  return run.online || attendanceModesWithoutVenue.includes(run.attendanceMode);
}

/** One line of what a result says of a course: "Cost", "Free". */
export interface CourseFact {
  readonly label: string;
  readonly value: string;
}

/**
 * What a search result or a browse list says of a course and one of its runs
 * (the soonest, or the one that matches the search's filters): when it starts,
 * where, what it costs, how long it is, and the closing date when it is close.
 * Without a run, "No dates announced".
 */
export function courseFacts(course: Course, run: Presentation | undefined, asOf: string): CourseFact[] {
  const facts: CourseFact[] = [];
  const hours = course.cpdHours ?? course.notionalHours;
  if (!run) facts.push({ label: factLabels.starts, value: noJoinableRunWindow.label });
  else {
    const timing = runTiming(run, asOf);
    const soon = howSoon(timing);
    facts.push(
      {
        label: factLabels.starts,
        value:
          run.flexibleStart || run.start === undefined
            ? "At any time"
            : `${formatDate(run.start)}${soon ? ` (${soon})` : ""}`,
      },
      {
        label: factLabels.where,
        value: [run.venue?.town, isOnlineRun(run) && (run.venue ? "online" : "Online")].filter(Boolean).join(" and "),
      },
      { label: factLabels.cost, value: formatCost(run.cost.amount) },
    );
    if (timing.applications === "closing-soon" && run.applyBy)
      facts.push({ label: factLabels.applyBy, value: `${formatDate(run.applyBy)} (closing soon)` });
  }
  if (hours !== undefined)
    facts.push({ label: factLabels.length, value: `${hours} ${hours === 1 ? "hour" : "hours"}` });
  return facts;
}

/** Whether a run is still worth showing: under way, to come, or on demand. */
export function isCurrentRun(run: Presentation, asOf: string): boolean {
  return phaseOf(run, asOf) !== "past";
}

/**
 * Whether a learner could still start the run: it is to come, or on demand, and
 * its closing date for applications, if any, has not passed.
 */
export function isJoinableRun(run: Presentation, asOf: string): boolean {
  const timing = runTiming(run, asOf);
  return (timing.phase === "upcoming" || timing.phase === "on-demand") && timing.applications !== "closed";
}

const byStart = (a: Presentation, b: Presentation) => (a.start ?? "9999").localeCompare(b.start ?? "9999");

/**
 * Runs still to come or under way, by start date, on-demand runs last: what a
 * course page, its structured data, its calendar and a CPD record show.
 */
export function currentRuns(course: Course, asOf: string): Presentation[] {
  return course.presentations.filter((run) => isCurrentRun(run, asOf)).sort(byStart);
}

/**
 * Runs a learner could still start (applications not closed), soonest first,
 * on-demand runs last: what search filters, sorts, "next start", coverage and
 * "Starting soon" count.
 */
export function joinableRuns(course: Course, asOf: string): Presentation[] {
  return course.presentations.filter((run) => isJoinableRun(run, asOf)).sort(byStart);
}

/** The next run a learner could join, if any. */
export function nextRun(course: Course, asOf: string): Presentation | undefined {
  return joinableRuns(course, asOf)[0];
}

/** The start windows a course can be joined in; a course with no joinable run is "not announced". */
export function startWindowsOf(course: Course, asOf: string): StartWindowId[] {
  const windows = new Set<StartWindowId>();
  for (const run of joinableRuns(course, asOf)) windows.add(runTiming(run, asOf).startWindow!);
  return windows.size === 0 ? [noJoinableRunWindow.id] : [...windows];
}

/** Sorts after every real date. */
const NO_DATE = "9999-12-31";

/**
 * A key that orders courses soonest start first, with courses that have no
 * dated run to join last: the order of search's "Soonest start" and of browse
 * pages, whose link to search continues the same list.
 */
export function soonestStartKey(course: Course, asOf: string): string {
  const dated = joinableRuns(course, asOf).find((run) => !run.flexibleStart && run.start !== undefined);
  return dated?.start ?? NO_DATE;
}

/** The start window the home page calls "starting soon": the first dated one ("In the next 3 months"). */
export const startingSoonWindow = datedWindows[0]!;

/**
 * Courses with a run a learner can join starting in the first start window
 * (the next 3 months), soonest first: the home page's "Starting soon".
 */
export function startingSoon<T extends { course: Course }>(entries: readonly T[], asOf: string, limit: number): T[] {
  const firstStart = (course: Course) =>
    joinableRuns(course, asOf).find((run) => runTiming(run, asOf).startWindow === startingSoonWindow.id)?.start;
  return entries
    .flatMap((entry) => {
      const start = firstStart(entry.course);
      return start ? [{ entry, start }] : [];
    })
    .sort((a, b) => a.start.localeCompare(b.start))
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** A day of a run that a calendar holds. */
export type RunDay =
  /** One of the sessions a run lists: number `number` of `of` in timetable order, with its times if set. */
  | {
      readonly kind: "session";
      readonly date: string;
      readonly number: number;
      readonly of: number;
      readonly start?: string | undefined;
      readonly end?: string | undefined;
    }
  /** For a run that lists no sessions: its only day, or its first or last day. */
  | { readonly kind: "only-day" | "first-day" | "last-day"; readonly date: string };

/** Where a session comes in a timetable: by day, then by start time, a day without set times first. */
export const sessionOrderKey = (session: Pick<Session, "date" | "start">) => `${session.date} ${session.start ?? ""}`;

/** A run's sessions in timetable order (see sessionOrderKey). */
export function sessionsInOrder(run: Presentation): Session[] {
  return [...(run.sessions ?? [])].sort((a, b) => sessionOrderKey(a).localeCompare(sessionOrderKey(b)));
}

/**
 * The days of a run still to come on the as-of date (that day included), soonest first: what a
 * calendar holds. A run that lists sessions gives each session; one that does not gives its only
 * day, or its first and last day. An under-way run gives what is left of it (its remaining
 * sessions, or its last day); past and on-demand runs give none.
 */
export function runDaysToCome(run: Presentation, asOf: string): RunDay[] {
  const phase = phaseOf(run, asOf);
  if (phase !== "upcoming" && phase !== "under-way") return [];
  const start = run.start!;
  const sessions = sessionsInOrder(run);
  const days: RunDay[] =
    sessions.length > 0
      ? sessions.map((session, index) => ({ kind: "session", number: index + 1, of: sessions.length, ...session }))
      : run.end === undefined || run.end === start
        ? [{ kind: "only-day", date: start }]
        : [
            { kind: "first-day", date: start },
            { kind: "last-day", date: run.end },
          ];
  return days.filter((day) => day.date >= asOf);
}

/** A run's closing date for applications, if it has one that has not passed on the as-of date. */
export function closingDateToCome(run: Presentation, asOf: string): string | undefined {
  const { applications } = runTiming(run, asOf);
  return applications === "open" || applications === "closing-soon" ? run.applyBy : undefined;
}
