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
        "'none' cannot be combined with other ways of involvement",
        "Keep [none] alone, or remove it",
      ),
    );
  }
  if (!none && !description) {
    findings.push(
      error(
        ["serviceUserInvolvement", "description"],
        "Describe how service users and carers are involved",
        "Add description: with what they do and when, in a sentence or two",
        ["serviceUserInvolvement"],
      ),
    );
  }
  return findings;
};
