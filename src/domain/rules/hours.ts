import { error, type CourseRule } from "./types.ts";

/** Participatory hours are part of the CPD hours, so cannot exceed them. */
export const participatoryHoursFit: CourseRule = ({ course }) =>
  course.participatoryHours !== undefined &&
  course.cpdHours !== undefined &&
  course.participatoryHours > course.cpdHours
    ? [
        error(
          ["participatoryHours"],
          `Participatory hours (${course.participatoryHours}) cannot exceed CPD hours (${course.cpdHours})`,
          "Participatory hours are the part of the CPD hours spent learning with others",
        ),
      ]
    : [];
