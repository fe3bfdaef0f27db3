import { creditStatusRequirements } from "./credit-status.ts";
import { creditValuesAgree } from "./credit-values.ts";
import { evaluationIsCoherent } from "./evaluation.ts";
import { frameworkAlignmentExists } from "./framework-alignment.ts";
import { participatoryHoursFit } from "./hours.ts";
import { learnerMixIsConsistent } from "./learner-mix.ts";
import { presentationsAreCoherent } from "./presentations.ts";
import { referencesResolve } from "./references.ts";
import { reviewDatesAreCurrent } from "./review-dates.ts";
import { sessionsFitTheirRun } from "./sessions.ts";
import { serviceUserInvolvementIsDescribed } from "./service-user-involvement.ts";
import { subThemesHaveTheirTheme } from "./themes.ts";
import { venuesArePlaced } from "./venue-places.ts";
import { venuesHaveFeedDetails } from "./feed-details.ts";
import type { Course } from "../schema/index.ts";
import type { CourseRule, CourseRuleContext, RuleFinding } from "./types.ts";

export { providerHasFeedDetails } from "./feed-details.ts";
export { checkPathway, type PathwayRuleContext } from "./pathways.ts";
export type { CourseRule, CourseRuleContext, PostcodeRegion, RuleFinding, Severity } from "./types.ts";

/** A rule and the fields it needs, so it can still run when other fields of the entry are invalid. */
interface RegisteredRule {
  readonly check: CourseRule;
  /**
   * Fields that must have passed the schema for the rule to run. Any other field it reads, it checks
   * is there first: an invalid one it sees absent or, for a group or list, with only its valid parts
   * (see salvage.ts), so a half-filled form gets every message in one round.
   */
  readonly needs: readonly (keyof Course)[];
}

/** Every cross-field and cross-entry rule for a course, in the order findings are reported. */
export const courseRules: readonly RegisteredRule[] = [
  { check: referencesResolve, needs: ["provider", "awardingBody", "creditRating", "partners"] },
  {
    check: creditStatusRequirements,
    needs: ["creditStatus"],
  },
  { check: creditValuesAgree, needs: ["credits", "notionalHours", "creditStatus"] },
  { check: learnerMixIsConsistent, needs: ["learnerMix", "professions"] },
  { check: subThemesHaveTheirTheme, needs: ["subThemes", "themes"] },
  { check: serviceUserInvolvementIsDescribed, needs: ["serviceUserInvolvement"] },
  { check: evaluationIsCoherent, needs: ["evaluation", "serviceUserInvolvement"] },
  { check: frameworkAlignmentExists, needs: ["frameworkAlignment"] },
  { check: presentationsAreCoherent, needs: [] },
  { check: venuesArePlaced, needs: ["presentations"] },
  { check: venuesHaveFeedDetails, needs: ["presentations"] },
  { check: sessionsFitTheirRun, needs: ["presentations"] },
  { check: participatoryHoursFit, needs: ["cpdHours", "participatoryHours"] },
  { check: reviewDatesAreCurrent, needs: ["lastReviewed", "reviewDue", "creditStatus", "creditRating"] },
];

/**
 * Runs every rule whose needed fields are valid. `invalidFields` names fields that
 * failed the schema: rules needing them are skipped (their data cannot be
 * trusted), and every other rule still reports, so one typo does not hide the rest.
 */
export function checkCourse(context: CourseRuleContext, invalidFields: ReadonlySet<string> = new Set()): RuleFinding[] {
  return courseRules
    .filter((rule) => rule.needs.every((field) => !invalidFields.has(field)))
    .flatMap((rule) => rule.check(context));
}
