import { ratingStatusOf } from "../credit-rating.ts";
import { daysBetween } from "../dates.ts";
import type { Course } from "../schema/index.ts";
import { error, warning, type CourseRule, type RuleFinding } from "./types.ts";

/**
 * Whether an entry is past the date its provider said they would next check it by
 * (`reviewDue`, set when they last reviewed it): its details may then be out of date.
 * The review date itself still counts as in date.
 */
export function isPastReviewDate(course: Pick<Course, "reviewDue">, asOf: string): boolean {
  return course.reviewDue < asOf;
}

/** Entries and ratings go stale: warn the owner when a review date has passed. */
export const reviewDatesAreCurrent: CourseRule = ({ course, asOf }) => {
  const findings: RuleFinding[] = [];
  if (course.reviewDue <= course.lastReviewed) {
    findings.push(
      error(
        ["reviewDue"],
        "reviewDue must be after lastReviewed",
        "Set reviewDue: to the date you will next check the entry, usually within a year",
      ),
    );
  } else if (isPastReviewDate(course, asOf)) {
    findings.push(
      warning(
        ["reviewDue"],
        `This entry was due for review on ${course.reviewDue}`,
        "Check every detail is still right, then update lastReviewed: and reviewDue:",
      ),
    );
  }
  const ratingDue = course.creditRating?.reviewDue;
  const rating = ratingStatusOf(course, asOf);
  if (rating === "review-due" && ratingDue) {
    findings.push(
      warning(
        ["creditRating", "reviewDue"],
        `The credit rating must be reviewed by ${ratingDue}, in ${daysBetween(asOf, ratingDue)} days; after that it lapses`,
        "Ask the rating university to review it now, then update creditRating",
      ),
    );
  }
  if (rating === "lapsed" && ratingDue) {
    findings.push(
      warning(
        ["creditRating", "reviewDue"],
        `The credit rating lapsed after its review date, ${ratingDue}; the site no longer shows the course as credit rated`,
        "Ask the rating university to review it, then update creditRating; until then, take any credit out of the summary",
      ),
    );
  }
  return findings;
};
