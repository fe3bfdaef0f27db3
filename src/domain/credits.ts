import type { Course, CreditValue } from "./schema/index.ts";
import { creditSchemes, termById } from "./vocabularies/index.ts";

/**
 * The credit value a course is summed up by in badges, search, exports and
 * feeds: its CATS value when it gives one, otherwise the first value listed.
 */
export function headlineCredit(course: Course): CreditValue | undefined {
  return course.credits.find((credit) => credit.scheme === "CATS") ?? course.credits[0];
}

/** A credit value in CATS credits, from the hours each scheme's credit stands for (2 CATS = 1 ECTS). */
export function catsEquivalent(credit: CreditValue): number {
  return (
    (credit.value * termById(creditSchemes, credit.scheme).hoursPerCredit) /
    termById(creditSchemes, "CATS").hoursPerCredit
  );
}
