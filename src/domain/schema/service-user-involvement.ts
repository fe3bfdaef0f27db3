import { z } from "zod";
import { serviceUserInvolvementModes } from "../vocabularies/index.ts";
import { plainText } from "./primitives.ts";
import { listOf } from "./vocabulary-fields.ts";
import type { Wordings } from "./field-wording.ts";

/** How service users and carers take part in the course (report Q24). */
export const serviceUserInvolvementSchema = z.strictObject({
  /** Ways they are involved; use [none] when they are not. */
  modes: listOf(serviceUserInvolvementModes, 1),
  /** Who is involved, such as "Members of the Bridgewater carers' forum". */
  who: plainText(200).optional(),
  /** What they do, in a sentence or two. Required unless modes is [none]. */
  description: plainText(600).optional(),
});

export type ServiceUserInvolvement = z.output<typeof serviceUserInvolvementSchema>;

/** How service user involvement is put to people. */
export const serviceUserInvolvementWording = {
  modes: {
    label: "How do service users and carers take part?",
    hint: "Select all that apply, or “Not involved”.",
    missing: "Select how service users and carers take part, or “Not involved”",
    rules: { noneWithOthers: "“Not involved” cannot be selected with other ways of taking part" },
  },
  who: {
    label: "Who takes part (optional)",
    hint: "Such as “Members of the Bridgewater carers' forum”.",
    tooLong: "Who takes part must be {max} characters or fewer",
  },
  description: {
    label: "What they do",
    hint: "A sentence or two. Not needed when they are not involved.",
    tooLong: "What they do must be {max} characters or fewer",
    rules: { needed: "Describe what service users and carers do on the course" },
  },
} as const satisfies Wordings<keyof typeof serviceUserInvolvementSchema.shape>;
