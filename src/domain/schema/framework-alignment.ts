import { z } from "zod";
import { frameworks } from "../vocabularies/index.ts";
import { oneOf } from "./vocabulary-fields.ts";

/**
 * A competence framework dimension the course's outcomes address, such as
 * KSF C2 at level 2 or PCF domain "critical-reflection".
 */
export const frameworkAlignmentSchema = z.strictObject({
  /** Framework id: ksf or pcf. */
  framework: oneOf(frameworks),
  /** Dimension or domain id within that framework, such as c2 or critical-reflection. */
  dimension: z.string({ error: "Expected a dimension id, like c2" }),
  /** Level within the framework: 1–4 for KSF, a level id such as asye for PCF. */
  level: z.union([z.number().int(), z.string()]).optional(),
});

export type FrameworkAlignment = z.output<typeof frameworkAlignmentSchema>;
