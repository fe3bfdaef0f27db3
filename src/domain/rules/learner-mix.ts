import { error, type CourseRule, type RuleFinding } from "./types.ts";

/**
 * Inter- and multi-professional learning needs at least two professions
 * (CAIPE: two or more professions learning with, from and about each other),
 * and a course cannot be both one-profession and several-profession.
 */
export const learnerMixIsConsistent: CourseRule = ({ course }) => {
  const findings: RuleFinding[] = [];
  const mix = new Set(course.learnerMix);
  for (const several of ["inter-professional", "multi-professional"] as const) {
    if (mix.has(several) && course.professions.length < 2) {
      findings.push(
        error(
          ["professions"],
          `Learning that is ${several} needs at least 2 professions`,
          "List every profession that learns together, or change learnerMix",
        ),
      );
    }
    if (mix.has(several) && mix.has("uni-professional")) {
      findings.push(
        error(
          ["learnerMix"],
          `A course cannot be both uni-professional and ${several}`,
          "Keep the one that describes who actually learns together",
        ),
      );
    }
  }
  return findings;
};
