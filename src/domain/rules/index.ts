import { creditStatusRequirements } from "./credit-status.ts";
import { creditValuesAgree } from "./credit-values.ts";
import { frameworkAlignmentExists } from "./framework-alignment.ts";
import { participatoryHoursFit } from "./hours.ts";
import { learnerMixIsConsistent } from "./learner-mix.ts";
import { presentationsAreCoherent } from "./presentations.ts";
import { referencesResolve } from "./references.ts";
import { reviewDatesAreCurrent } from "./review-dates.ts";
import { serviceUserInvolvementIsDescribed } from "./service-user-involvement.ts";
import { subThemesHaveTheirTheme } from "./themes.ts";
import type { CourseRule, CourseRuleContext, RuleFinding } from "./types.ts";

export type { CourseRule, CourseRuleContext, RuleFinding, Severity } from "./types.ts";

/** Every cross-field and cross-entry rule for a course, in the order findings are reported. */
export const courseRules: readonly CourseRule[] = [
  referencesResolve,
  creditStatusRequirements,
  creditValuesAgree,
  learnerMixIsConsistent,
  subThemesHaveTheirTheme,
  serviceUserInvolvementIsDescribed,
  frameworkAlignmentExists,
  presentationsAreCoherent,
  participatoryHoursFit,
  reviewDatesAreCurrent,
];

/** Runs every course rule and gathers their findings. */
export function checkCourse(context: CourseRuleContext): RuleFinding[] {
  return courseRules.flatMap((rule) => rule(context));
}
