import type { Term } from "./term.ts";

/** A range of learning hours, for telling short sessions from longer programmes. */
export interface CourseLength extends Term {
  /** The most hours a course of this length takes (inclusive); absent for the longest. */
  readonly maxHours?: number;
}

/** Hours in a working day, as NHS and council training counts a day. */
export const HOURS_IN_A_DAY = 7.5;

/**
 * How long a course is, worked out from its hours (never typed): the report's "quick fix" sessions
 * against longer programmes (brief §3.3). A course with no hours given is "Length not given".
 */
export const courseLengths = [
  {
    id: "half-day-or-less",
    label: "Half a day or less",
    definition: `${HOURS_IN_A_DAY / 2} hours of learning or fewer: a short session.`,
    maxHours: HOURS_IN_A_DAY / 2,
    aliases: ["short session", "quick fix"],
  },
  {
    id: "up-to-2-days",
    label: "Up to 2 days",
    definition: `More than half a day, up to ${2 * HOURS_IN_A_DAY} hours of learning.`,
    maxHours: 2 * HOURS_IN_A_DAY,
  },
  {
    id: "longer-programme",
    label: "Longer programme",
    definition: `More than ${2 * HOURS_IN_A_DAY} hours of learning, such as a course of several days or a university module.`,
  },
  {
    id: "not-given",
    label: "Length not given",
    definition: "The course gives no hours of learning, so its length cannot be worked out.",
  },
] as const satisfies readonly CourseLength[];

/** The length a course of `hours` hours of learning falls in; "not-given" without hours. */
export function courseLengthOf(hours: number | undefined): (typeof courseLengths)[number] {
  const notGiven = courseLengths.find((length) => length.id === "not-given")!;
  if (hours === undefined) return notGiven;
  // The lengths with hours, shortest first; the one without a limit takes every longer course.
  const byHours = courseLengths.filter((length) => length !== notGiven);
  return byHours.find((length) => !("maxHours" in length) || hours <= length.maxHours)!;
}
