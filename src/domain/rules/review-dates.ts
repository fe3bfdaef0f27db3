import { error, warning, type CourseRule, type RuleFinding } from "./types.ts";

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
  } else if (course.reviewDue < asOf) {
    findings.push(
      warning(
        ["reviewDue"],
        `This entry was due for review on ${course.reviewDue}`,
        "Check every detail is still right, then update lastReviewed: and reviewDue:",
      ),
    );
  }
  const ratingDue = course.creditRating?.reviewDue;
  if (course.creditStatus === "credit-rated" && ratingDue && ratingDue < asOf) {
    findings.push(
      warning(
        ["creditRating", "reviewDue"],
        `The credit rating lapsed on ${ratingDue}`,
        "Ask the rating university to review it, then update creditRating",
      ),
    );
  }
  return findings;
};
