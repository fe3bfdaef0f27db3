import { serviceUserInvolvementWording as words } from "../schema/service-user-involvement.ts";
import { error, type CourseRule, type RuleFinding } from "./types.ts";

/** "none" stands alone, and any real involvement is described so learners and commissioners can judge it. */
export const serviceUserInvolvementIsDescribed: CourseRule = ({ course }) => {
  const { modes, description } = course.serviceUserInvolvement;
  const findings: RuleFinding[] = [];
  const none = modes.includes("none");
  if (none && modes.length > 1) {
    findings.push(
      error(
        ["serviceUserInvolvement", "modes"],
        words.modes.rules.noneWithOthers,
        "'none' cannot be combined with other ways of involvement: keep [none] alone, or remove it",
      ),
    );
  }
  if (!none && !description) {
    findings.push(
      error(
        ["serviceUserInvolvement", "description"],
        words.description.rules.needed,
        "Add description: with what they do and when, in a sentence or two",
        ["serviceUserInvolvement"],
      ),
    );
  }
  return findings;
};
