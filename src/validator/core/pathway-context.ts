import { checkPathway, type PathwayRuleContext } from "../../domain/rules/index.ts";
import type { Pathway } from "../../domain/schema/index.ts";
import type { FileFinding } from "./check-file.ts";
import { fieldName } from "./finding.ts";
import type { Locator } from "./locate.ts";

/**
 * Problems a valid pathway shows only against the rest of the catalogue: its awarding body, the
 * courses it names and whether their credits add up to the award (src/domain/rules/pathways.ts),
 * each located at the field in the pathway's own file.
 */
export function pathwayContextFindings(
  pathway: { readonly locator: Locator; readonly data: Pathway },
  catalogue: Omit<PathwayRuleContext, "pathway">,
): FileFinding[] {
  return checkPathway({ pathway: pathway.data, ...catalogue }).map((finding) => ({
    ...pathway.locator.locate(finding.path, finding.anchor),
    field: fieldName(finding.path),
    severity: finding.severity,
    message: finding.message,
    fix: finding.fix,
  }));
}
