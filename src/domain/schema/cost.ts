import { z } from "zod";
import { plainText } from "./primitives.ts";
import type { Wordings } from "./field-wording.ts";

/** What a run costs the learner or their employer. */
export const costSchema = z.strictObject({
  /** Fee in pounds; 0 means free at the point of use. */
  amount: z.number({ error: "Expected a number of pounds, like 350 or 0 for free" }).min(0, "A fee cannot be negative"),
  /** Currency of the amount; only pounds sterling are listed. */
  currency: z.literal("GBP", { error: "Only GBP is supported" }).default("GBP"),
  /** What the fee covers or who pays, such as "Free to staff of partner trusts". */
  description: plainText(200).optional(),
});

export type Cost = z.output<typeof costSchema>;

/** How a run's cost is put to people. */
export const costWording = {
  amount: {
    label: "Cost in pounds",
    hint: "Enter 0 if it is free.",
    missing: "Enter the cost of this run, or 0 if it is free",
    invalid: "The cost must be a number of pounds, like 350, or 0 if it is free",
  },
  currency: { label: "Currency", invalid: "Give the cost in pounds sterling" },
  description: {
    label: "About the cost (optional)",
    hint: "What it covers or who pays, such as “Free to staff of partner trusts”.",
    tooLong: "About the cost must be {max} characters or fewer",
  },
} as const satisfies Wordings<keyof typeof costSchema.shape>;
