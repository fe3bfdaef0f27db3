import { z } from "zod";
import { regions } from "../vocabularies/index.ts";
import { plainText, ukPostcode } from "./primitives.ts";
import { oneOf } from "./vocabulary-fields.ts";

/** A place where a run is attended in person. */
export const venueSchema = z.strictObject({
  /** Building or site name, such as "Moorside Education Centre". */
  name: plainText(120),
  /** Town or city. */
  town: plainText(60),
  /** Full UK postcode of the venue. */
  postcode: ukPostcode,
  /** Region the venue is in. */
  region: oneOf(regions),
});

export type Venue = z.output<typeof venueSchema>;
