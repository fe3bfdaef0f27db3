import { z } from "zod";
import { partnerRoles } from "../vocabularies/index.ts";
import { entryId, plainText } from "./primitives.ts";
import { listOf } from "./vocabulary-fields.ts";

/**
 * An organisation that runs the course jointly with the provider (a "joint
 * enterprise"). Give `provider` when it is listed in the catalogue, else `name`.
 */
export const partnerSchema = z.strictObject({
  /** Id of a provider listed in the catalogue. */
  provider: entryId.optional(),
  /** Name of an organisation not listed in the catalogue. */
  name: plainText(120).optional(),
  /** What the partner contributes. */
  roles: listOf(partnerRoles, 1),
});

export type Partner = z.output<typeof partnerSchema>;
