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
import { venuesHaveFeedDetails } from "./feed-details.ts";
import type { Course } from "../schema/index.ts";
import type { CourseRule, CourseRuleContext, RuleFinding } from "./types.ts";

export { providerHasFeedDetails } from "./feed-details.ts";
export type { CourseRule, CourseRuleContext, PostcodeRegion, RuleFinding, Severity } from "./types.ts";

/** A rule and the fields it reads, so it can still run when other fields of the entry are invalid. */
interface RegisteredRule {
  readonly check: CourseRule;
  readonly reads: readonly (keyof Course)[];
  /**
   * Fields the rule copes without: it still runs when they are invalid, seeing them absent or, for a
   * group or list, with only their valid parts (see salvage.ts), because it checks they are there first.
   * So a half-filled form gets every message in one round.
   */
  readonly copesWithout?: readonly (keyof Course)[];
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
    copesWithout: [
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
  { check: presentationsAreCoherent, reads: ["presentations"], copesWithout: ["presentations"] },
  { check: venuesArePlaced, reads: ["presentations"] },
  { check: venuesHaveFeedDetails, reads: ["presentations"] },
  { check: sessionsFitTheirRun, reads: ["presentations"] },
  { check: participatoryHoursFit, reads: ["cpdHours", "participatoryHours"] },
  { check: reviewDatesAreCurrent, reads: ["lastReviewed", "reviewDue", "creditStatus", "creditRating"] },
];

/**
 * Runs every rule whose fields are valid. `invalidFields` names fields that
 * failed the schema: rules reading them are skipped (their data cannot be
 * trusted), and every other rule still reports, so one typo does not hide the rest.
 * A rule that copes without some of its fields still runs when only those are invalid.
 */
export function checkCourse(context: CourseRuleContext, invalidFields: ReadonlySet<string> = new Set()): RuleFinding[] {
  const readable = (rule: RegisteredRule, field: keyof Course) =>
    !invalidFields.has(field) || rule.copesWithout?.includes(field) === true;
  return courseRules
    .filter((rule) => rule.reads.every((field) => readable(rule, field)))
    .flatMap((rule) => rule.check(context));
}
