import { z } from "zod";
import { regions } from "../vocabularies/index.ts";
import { addressLines, emailAddress, plainText, ukPhoneNumber, ukPostcode } from "./primitives.ts";
import { oneOf } from "./vocabulary-fields.ts";

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
