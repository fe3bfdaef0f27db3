import { z } from "zod";
import { providerTypes, regions } from "../vocabularies/index.ts";
import { contactSchema } from "./contact.ts";
import { importProvenanceSchema } from "./import-provenance.ts";
import { addressLines, entryId, httpsUrl, plainText, ukPostcode } from "./primitives.ts";
import { oneOf } from "./vocabulary-fields.ts";

/** Provider types that may hold awarding powers of their own; universities have them already. */
const TYPES_THAT_MAY_AWARD: readonly string[] = ["hei", "fe-college", "national-agency", "independent"];

/** A provider entry's front matter: an organisation that runs, awards or rates courses. */
export const providerSchema = z
  .strictObject({
    /** Stable id; must equal the file name without `.md`, and names the provider's course folder. */
    id: entryId,
    /** The organisation's name. */
    name: plainText(150),
    /** Kind of organisation: university, college, NHS trust and so on. */
    type: oneOf(providerTypes),
    /** Region where the provider is based. */
    region: oneOf(regions),
    /** Town or city where the provider is based, such as "Bolton": a search for the town finds its courses. */
    town: plainText(60).optional(),
    /**
     * The provider's main postal address lines, without the town and postcode. Optional, but course
     * directories that read the XCRI-CAP feed reject a provider without an address, postcode and phone.
     */
    address: addressLines.optional(),
    /** Full UK postcode of the provider's main address. */
    postcode: ukPostcode.optional(),
    /** The provider's website. */
    url: httpsUrl,
    /** Who to contact about the provider's courses. */
    contact: contactSchema,
    /** UK Provider Reference Number: 8 digits starting with 1, from the UKRLP. */
    ukprn: z
      .string({ error: "Write the UKPRN in quotes, like '10012345'" })
      .regex(/^1\d{7}$/, "Expected 8 digits starting with 1, like '10012345'")
      .optional(),
    /**
     * True when a college, national agency or independent awarding organisation can award
     * academic credit itself (for example, foundation degree awarding powers). Universities can by default.
     */
    awardingPowers: z.boolean().optional(),
    /** One or two sentences about the provider, shown in listings. */
    description: plainText(400),
    /** Set by `npm run import:xcri` on entries it wrote, so a re-import can spot hand edits; leave it as it is. */
    xcriImport: importProvenanceSchema.optional(),
  })
  .refine((provider) => provider.awardingPowers !== true || TYPES_THAT_MAY_AWARD.includes(provider.type), {
    path: ["awardingPowers"],
    message:
      "Only universities, colleges, national agencies and independent awarding organisations can declare awarding powers",
    params: { fix: "Remove awardingPowers:, and name the university that awards the credit on each course instead" },
  });

/** A provider's validated front matter. */
export type Provider = z.output<typeof providerSchema>;
