import { evaluationWording as words } from "../schema/evaluation.ts";
import { error, type CourseRule, type RuleFinding } from "./types.ts";

/**
 * An evaluation's findings carry the date they were reported, not one still to come, and service users
 * who evaluate a course show as "Evaluating" under their involvement, so the two never tell different stories.
 */
export const evaluationIsCoherent: CourseRule = ({ course, asOf }) => {
  const evaluation = course.evaluation;
  if (!evaluation) return [];
  const findings: RuleFinding[] = [];
  if (evaluation.findings && !evaluation.findingsDate) {
    findings.push(
      error(
        ["evaluation", "findingsDate"],
        words.findings.rules.needsDate,
        "Add findingsDate: with the date the findings were reported, written YYYY-MM-DD",
        ["evaluation", "findings"],
      ),
    );
  }
  if (evaluation.findingsDate && !evaluation.findings) {
    findings.push(
      error(
        ["evaluation", "findings"],
        words.findingsDate.rules.needsFindings,
        "Add findings: with what the latest evaluation found, in a sentence or two, or remove findingsDate:",
        ["evaluation", "findingsDate"],
      ),
    );
  }
  if (evaluation.findingsDate && evaluation.findingsDate > asOf) {
    findings.push(
      error(
        ["evaluation", "findingsDate"],
        words.findingsDate.rules.inFuture,
        `Set findingsDate: to the date the findings were reported, on or before ${asOf}`,
      ),
    );
  }
  const modes = course.serviceUserInvolvement?.modes ?? [];
  if (evaluation.participants.includes("service-users-carers") && !modes.includes("evaluating")) {
    findings.push(
      error(
        ["evaluation", "participants"],
        words.participants.rules.serviceUsersNotInvolved,
        "Add evaluating to serviceUserInvolvement.modes (and remove none), or remove service-users-carers from the evaluation's participants",
      ),
    );
  }
  return findings;
};
