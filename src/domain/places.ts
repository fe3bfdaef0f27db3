/**
 * Places: UK postcodes, distances and finding the place a visitor types. Everything here is
 * browser-safe and holds no place data; the data and the lookups that need it (`placeOfPostcode`,
 * `gazetteerFile`) are in places/place-data.ts, for the build and the validator only.
 */
export { milesBetween, type Coordinates } from "./places/distance.ts";
export {
  findPlace,
  isGazetteer,
  placeKey,
  suggestPlaces,
  type FoundPlace,
  type Gazetteer,
  type LatLon,
  type PlaceKind,
} from "./places/gazetteer.ts";
export {
  districtOfPostcode,
  isUkPostcode,
  normaliseDistrict,
  normalisePostcode,
  repairedPostcode,
} from "./places/postcodes.ts";

/**
 * The postcode district of a UK postcode: its outward code, "WA2" of "WA2 8WA". The
 * inward code is always three characters, so the district is what comes before them.
 * Postcodes reach here as the schema reads them: trimmed and in capitals.
 */
export function postcodeDistrict(postcode: string): string {
  return postcode.replace(/\s+/g, "").slice(0, -3);
}
