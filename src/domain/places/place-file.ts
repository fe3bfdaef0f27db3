import type { RegionId } from "../vocabularies/index.ts";

/**
 * The shape of postcode-districts.json beside this module: UK postcode districts and town names
 * with coordinates, derived from the shared postcode-district file by `npm run places:refresh`
 * (scripts/refresh-places.ts; README.md beside the data says where it comes from).
 */
export interface PlaceFile {
  /** Where the figures come from and how the file was made. */
  readonly source: string;
  /** The licence the figures are published under. */
  readonly licence: string;
  /** The words the licence asks anything derived from the data to carry. */
  readonly attribution: string;
  /**
   * Every postcode district with a known centre, retired ones included (old addresses still
   * name them): latitude, longitude (4 decimal places, about 10 m), its region (null for the
   * Channel Islands, the Isle of Man and districts with no place, such as PO boxes), and its
   * post town (null where Royal Mail's file gives none).
   */
  readonly districts: Readonly<Record<string, DistrictEntry>>;
  /** Towns, cities and areas by name, each with the centre a search from it measures from. */
  readonly towns: Readonly<Record<string, readonly [latitude: number, longitude: number]>>;
}

export type DistrictEntry = readonly [
  latitude: number,
  longitude: number,
  region: RegionId | null,
  postTown: string | null,
];
