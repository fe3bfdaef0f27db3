import { creditStatusRequirements } from "./credit-status.ts";
import { creditValuesAgree } from "./credit-values.ts";
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
import type { Course } from "../schema/index.ts";
import type { CourseRule, CourseRuleContext, RuleFinding } from "./types.ts";

export type { CourseRule, CourseRuleContext, PostcodeRegion, RuleFinding, Severity } from "./types.ts";

/** A rule and the fields it reads, so it can still run when other fields of the entry are invalid. */
interface RegisteredRule {
  readonly check: CourseRule;
  readonly reads: readonly (keyof Course)[];
  /** The rule copes with a list whose items kept only their valid fields (see salvage.ts), so it runs on one. */
  readonly readsPartlyValidLists?: true;
}

/** Every cross-field and cross-entry rule for a course, in the order findings are reported. */
export const courseRules: readonly RegisteredRule[] = [
  { check: referencesResolve, reads: ["provider", "awardingBody", "creditRating", "partners"] },
  {
    check: creditStatusRequirements,
    reads: [
      "creditStatus",
      "credits",
      "assessment",
      "qualityAssurance",
      "notionalHours",
      "creditRating",
      "provider",
      "awardingBody",
    ],
  },
  { check: creditValuesAgree, reads: ["credits", "notionalHours", "creditStatus"] },
  { check: learnerMixIsConsistent, reads: ["learnerMix", "professions"] },
  { check: subThemesHaveTheirTheme, reads: ["subThemes", "themes"] },
  { check: serviceUserInvolvementIsDescribed, reads: ["serviceUserInvolvement"] },
  { check: frameworkAlignmentExists, reads: ["frameworkAlignment"] },
  { check: presentationsAreCoherent, reads: ["presentations"], readsPartlyValidLists: true },
  { check: venuesArePlaced, reads: ["presentations"] },
  { check: sessionsFitTheirRun, reads: ["presentations"] },
  { check: participatoryHoursFit, reads: ["cpdHours", "participatoryHours"] },
  { check: reviewDatesAreCurrent, reads: ["lastReviewed", "reviewDue", "creditStatus", "creditRating"] },
];

/**
 * Runs every rule whose fields are valid. `invalidFields` names fields that
 * failed the schema: rules reading them are skipped (their data cannot be
 * trusted), and every other rule still reports, so one typo does not hide the rest.
 * `partlyValidFields` are invalid lists kept item by item, which rules that say so still read.
 */
export function checkCourse(
  context: CourseRuleContext,
  invalidFields: ReadonlySet<string> = new Set(),
  partlyValidFields: ReadonlySet<string> = new Set(),
): RuleFinding[] {
  const readable = (rule: RegisteredRule, field: string) =>
    !invalidFields.has(field) || (rule.readsPartlyValidLists === true && partlyValidFields.has(field));
  return courseRules
    .filter((rule) => rule.reads.every((field) => readable(rule, field)))
    .flatMap((rule) => rule.check(context));
}
