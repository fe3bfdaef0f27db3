import { fix, isValid, toNormalised, validOutcode } from "postcode";

/**
 * UK postcodes and postcode districts, judged by the `postcode` package (ideal-postcodes): the
 * shapes Royal Mail uses (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA), any case, with or
 * without the space. Browser-safe; holds no place data.
 */

/** Whether the text is a full UK postcode ("BL1 1AA", "bl11aa"; not "BL1" or "BL1 1"). */
export function isUkPostcode(text: string): boolean {
  return isValid(text.trim());
}

/** A postcode as Royal Mail writes it, capitals with one space ("bl11aa" → "BL1 1AA"); undefined if it is not one. */
export function normalisePostcode(text: string): string | undefined {
  return toNormalised(text.trim()) ?? undefined;
}

/**
 * What a mistyped postcode was probably meant to be, when swapping the letters O and I for the
 * digits 0 and 1 (or back) where the shape needs them makes it one: "BL1 IAA" → "BL1 1AA".
 */
export function repairedPostcode(text: string): string | undefined {
  const repaired = normalisePostcode(fix(text));
  return repaired && repaired !== normalisePostcode(text) ? repaired : undefined;
}

/** The district of a postcode written in any case or spacing ("bl11aa" → "BL1"); undefined if it is not a postcode. */
export function districtOfPostcode(text: string): string | undefined {
  return normalisePostcode(text)?.split(" ")[0];
}

/** A postcode district (outward code) in capitals ("wa2" → "WA2"), or undefined if the text is not shaped like one. */
export function normaliseDistrict(text: string): string | undefined {
  const district = text.replace(/\s+/g, "").toUpperCase();
  return validOutcode(district) ? district : undefined;
}
