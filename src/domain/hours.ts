import type { Course } from "./schema/index.ts";
import { courseLengthOf, type CourseLength } from "./vocabularies/course-lengths.ts";

/**
 * A learner's total hours of learning on a course: its notional hours (every hour of study), else
 * its CPD hours. Undefined when the entry gives neither; nothing is guessed from dates.
 */
export const learningHours = (course: Pick<Course, "notionalHours" | "cpdHours">): number | undefined =>
  course.notionalHours ?? course.cpdHours;

/** How long a course is (half a day or less, up to 2 days, longer), worked out from its hours of learning. */
export const courseLength = (course: Pick<Course, "notionalHours" | "cpdHours">): CourseLength =>
  courseLengthOf(learningHours(course));
