import { courseWording as words } from "../schema/course.ts";
import { error, type CourseRule } from "./types.ts";

/** Participatory hours are part of the CPD hours, so cannot exceed them. */
export const participatoryHoursFit: CourseRule = ({ course }) =>
  course.participatoryHours !== undefined &&
  course.cpdHours !== undefined &&
  course.participatoryHours > course.cpdHours
    ? [
        error(
          ["participatoryHours"],
          words.participatoryHours.rules.moreThanCpd,
          `Participatory hours (${course.participatoryHours}) cannot exceed CPD hours (${course.cpdHours}): they are the part of the CPD hours spent learning with others`,
        ),
      ]
    : [];
