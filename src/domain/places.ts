/**
 * The postcode district of a UK postcode: its outward code, "WA2" of "WA2 8WA". The
 * inward code is always three characters, so the district is what comes before them.
 * Postcodes reach here as the schema reads them: trimmed and in capitals.
 */
export function postcodeDistrict(postcode: string): string {
  return postcode.replace(/\s+/g, "").slice(0, -3);
}
