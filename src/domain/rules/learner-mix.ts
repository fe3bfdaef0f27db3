import { professionGroups, professions, termById } from "../vocabularies/index.ts";
import { courseWording as words } from "../schema/course.ts";
import { error, type CourseRule, type RuleFinding } from "./types.ts";

/**
 * Multi-professional learning needs at least two professions; inter-professional
 * learning needs them from different groups (CAIPE: two or more professions
 * learning with, from and about each other; a health visitor and a school
 * nurse are both nurses). A course cannot be both one- and several-profession.
 */
export const learnerMixIsConsistent: CourseRule = ({ course }) => {
  const findings: RuleFinding[] = [];
  const mix = new Set(course.learnerMix);
  const groups = new Set(course.professions.map((id) => termById(professions, id).group));
  if (mix.has("multi-professional") && course.professions.length < 2) {
    findings.push(
      error(
        ["professions"],
        words.professions.rules.multiNeedsTwo,
        "Learning that is multi-professional needs at least 2 professions: list every profession that learns together, or change learnerMix",
      ),
    );
  }
  for (const several of ["inter-professional", "multi-professional"] as const) {
    if (several === "inter-professional" && mix.has(several) && groups.size < 2) {
      const [onlyGroup] = groups;
      const which = onlyGroup
        ? ` (every profession listed is in ${termById(professionGroups, onlyGroup).label.toLowerCase()})`
        : "";
      findings.push(
        error(
          ["professions"],
          words.professions.rules.interNeedsTwoGroups,
          `Learning that is ${several} needs professions from at least 2 different groups${which}: list every profession that learns together, or change learnerMix`,
        ),
      );
    }
    if (mix.has(several) && mix.has("uni-professional")) {
      findings.push(
        error(
          ["learnerMix"],
          words.learnerMix.rules.uniWithOthers,
          `A course cannot be both uni-professional and ${several}: keep the one that describes who actually learns together`,
        ),
      );
    }
  }
  return findings;
};
