import { z } from "zod";
import { serviceUserInvolvementModes } from "../vocabularies/index.ts";
import { plainText } from "./primitives.ts";
import { listOf } from "./vocabulary-fields.ts";

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
