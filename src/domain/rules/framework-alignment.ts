import { frameworks, termById } from "../vocabularies/index.ts";
import { error, type CourseRule, type RuleFinding } from "./types.ts";

/** Dimensions and levels must exist in the framework named. */
export const frameworkAlignmentExists: CourseRule = ({ course }) => {
  const findings: RuleFinding[] = [];
  course.frameworkAlignment.forEach((alignment, index) => {
    const framework = termById(frameworks, alignment.framework);
    if (!framework.dimensions.some((dimension) => dimension.id === alignment.dimension)) {
      const known = framework.dimensions.map((dimension) => dimension.id).join(", ");
      findings.push(
        error(
          ["frameworkAlignment", index, "dimension"],
          `"${alignment.dimension}" is not a ${framework.id.toUpperCase()} dimension`,
          `Use one of: ${known}`,
        ),
      );
    }
    if (alignment.level !== undefined && !framework.levels.some((level) => level.id === String(alignment.level))) {
      const known = framework.levels.map((level) => level.id).join(", ");
      findings.push(
        error(
          ["frameworkAlignment", index, "level"],
          `"${alignment.level}" is not a ${framework.id.toUpperCase()} level`,
          `Use one of: ${known}`,
        ),
      );
    }
  });
  return findings;
};
