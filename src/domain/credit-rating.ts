import { daysBetween } from "./dates.ts";
import type { Course } from "./schema/index.ts";
import { creditStatuses, type CreditStatusId, type RatingStatusId } from "./vocabularies/index.ts";
import { headlineCredit } from "./credits.ts";

/** Days before a rating's review date when it counts as "review due" and owners are warned. */
export const REVIEW_WARNING_DAYS = 90;

/**
 * Where a course's credit rating stands on `asOf`: pending while requested; for
 * a rating, current until 90 days before review, then review due up to and
 * including the review date, and lapsed from the day after. Undefined when the
 * course has no rating (accredited or not credit rated).
 */
export function ratingStatusOf(course: Course, asOf: string): RatingStatusId | undefined {
  if (course.creditStatus === "rating-pending") return "pending";
  if (course.creditStatus !== "credit-rated") return undefined;
  const due = course.creditRating?.reviewDue;
  if (!due) return "lapsed";
  const daysLeft = daysBetween(asOf, due);
  if (daysLeft < 0) return "lapsed";
  return daysLeft <= REVIEW_WARNING_DAYS ? "review-due" : "current";
}

/**
 * The credit status to show and filter by: a lapsed rating no longer carries
 * credit, so it is never presented as credit rated, anywhere.
 */
export function effectiveCreditStatus(course: Course, asOf: string): CreditStatusId {
  return ratingStatusOf(course, asOf) === "lapsed" ? "not-credit-rated" : course.creditStatus;
}

/** Whether the course carries credit a learner can count on today. */
export function carriesCredit(course: Course, asOf: string): boolean {
  const status = effectiveCreditStatus(course, asOf);
  return status === "accredited" || status === "credit-rated";
}

/** How a course's credit is summed up in a badge, the same on pages and in search results. */
export interface CreditSummary {
  /** Effective credit status, for the glossary link. */
  readonly status: CreditStatusId;
  /** Badge text, such as "Credit rated: 10 CATS credits at level 5". */
  readonly text: string;
  /** Whether the badge shows credit a learner can count on. */
  readonly carriesCredit: boolean;
  /** Whether a rating has lapsed (the badge then links to what "lapsed" means). */
  readonly lapsed: boolean;
}

/** The one-line credit badge for a course on `asOf`; a lapsed rating says so and claims no credit. */
export function creditSummary(course: Course, asOf: string): CreditSummary {
  const status = effectiveCreditStatus(course, asOf);
  const label = creditStatuses.find((term) => term.id === status)!.label;
  if (ratingStatusOf(course, asOf) === "lapsed") {
    return { status, text: "Credit rating lapsed", carriesCredit: false, lapsed: true };
  }
  const cats = headlineCredit(course);
  const proposed = status === "rating-pending" ? " proposed" : "";
  const detail =
    cats && status !== "not-credit-rated"
      ? `: ${cats.value} ${cats.scheme} credits at level ${cats.level}${proposed}`
      : "";
  return { status, text: `${label}${detail}`, carriesCredit: carriesCredit(course, asOf), lapsed: false };
}
