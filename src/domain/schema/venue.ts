import { z } from "zod";
import { regions } from "../vocabularies/index.ts";
import { addressLines, emailAddress, plainText, ukPhoneNumber, ukPostcode } from "./primitives.ts";
import { oneOf } from "./vocabulary-fields.ts";
import type { Wordings } from "./field-wording.ts";

/** A place where a run is attended in person. */
export const venueSchema = z.strictObject({
  /** Building or site name, such as "Moorside Education Centre". */
  name: plainText(120),
  /**
   * Street address lines, without the town and postcode, such as ["Moorside Education Centre", "12 Chorley New Road"].
   * Optional, but course directories that read the XCRI-CAP feed reject a venue without an address.
   */
  address: addressLines.optional(),
  /** Town or city. */
  town: plainText(60),
  /** Full UK postcode of the venue. */
  postcode: ukPostcode,
  /** Region the venue is in. */
  region: oneOf(regions),
  /** The venue's telephone number, written as you would dial it in the UK; XCRI-CAP feeds need one for each venue. */
  phone: ukPhoneNumber.optional(),
  /** An email address for the venue, such as its reception; XCRI-CAP feeds should give one. */
  email: emailAddress.optional(),
});

export type Venue = z.output<typeof venueSchema>;

/** How a venue is put to people. */
export const venueWording = {
  name: {
    label: "Venue name",
    hint: "The building or site, such as “Moorside Education Centre”.",
    missing: "Enter the name of the venue",
    tooLong: "The venue name must be {max} characters or fewer",
  },
  town: {
    label: "Town or city",
    missing: "Enter the town or city of the venue",
    tooLong: "The town or city must be {max} characters or fewer",
  },
  postcode: {
    label: "Postcode",
    missing: "Enter the venue's postcode",
  },
  region: {
    label: "Region",
    missing: "Select the region the venue is in",
    rules: { contradictsPostcode: "The region does not match the venue's postcode" },
  },
} as const satisfies Wordings<keyof typeof venueSchema.shape>;
