/**
 * The place data itself, for the build and the validator: every UK postcode district's centre,
 * region and post town, and towns' centres (postcode-districts.json beside this module; README.md
 * says where it comes from and how to refresh it). About 500 KB: browser code must not import this
 * module; the search page loads the smaller gazetteer the site publishes (`gazetteerFile`).
 */
import placeFile from "./postcode-districts.json" with { type: "json" };
import type { Coordinates } from "./distance.ts";
import type { Gazetteer, LatLon } from "./gazetteer.ts";
import type { DistrictEntry, PlaceFile } from "./place-file.ts";
import { districtOfPostcode } from "./postcodes.ts";
import type { RegionId } from "../vocabularies/index.ts";

const places = placeFile as unknown as PlaceFile;

/** The words the data's licence asks to be shown wherever it is used (About page, README, published files). */
export const placeDataAttribution: string = places.attribution;

/** Where a postcode is, as its district tells: the district's centre, region and post town. */
export interface PostcodePlace extends Coordinates {
  /** The postcode district, "BL1" of "BL1 2EG". */
  readonly district: string;
  /** The region of the district; undefined for the Channel Islands, the Isle of Man and PO-box districts. */
  readonly region?: RegionId;
  /** The district's post town, such as "Bolton"; undefined where Royal Mail's file names none. */
  readonly town?: string;
}

function districtEntry(district: string): DistrictEntry | undefined {
  return Object.hasOwn(places.districts, district) ? places.districts[district] : undefined;
}

/**
 * Where a UK postcode is, by its district ("BL1 2EG" and "bl12eg" → BL1's centre, north-west,
 * Bolton), for venue coordinates at build time and the validator's venue checks; undefined if the
 * text is not a postcode or the data has no such district.
 */
export function placeOfPostcode(postcode: string): PostcodePlace | undefined {
  const district = districtOfPostcode(postcode);
  const entry = district === undefined ? undefined : districtEntry(district);
  if (district === undefined || entry === undefined) return undefined;
  const [latitude, longitude, region, town] = entry;
  return { district, latitude, longitude, ...(region ? { region } : {}), ...(town ? { town } : {}) };
}

/** Three decimal places of a degree is about 100 m: closer than a district's centre stands for its places. */
const toGazetteerPrecision = (degrees: number) => Math.round(degrees * 1e3) / 1e3;

/**
 * The gazetteer the search page loads when a visitor uses "Town or postcode" (published as
 * search/places.json): every district's centre and every town's, to three decimal places (about
 * 100 m), each town that shares a district's centre listed after that district's. No regions.
 */
export function gazetteerFile(): Gazetteer {
  const districts: Record<string, [number, number, ...string[]]> = {};
  const districtAt = new Map<string, [number, number, ...string[]]>();
  for (const [code, [latitude, longitude]] of Object.entries(places.districts)) {
    const entry: [number, number, ...string[]] = [toGazetteerPrecision(latitude), toGazetteerPrecision(longitude)];
    districts[code] = entry;
    const at = `${latitude},${longitude}`;
    if (!districtAt.has(at)) districtAt.set(at, entry);
  }
  const towns: Record<string, LatLon> = {};
  for (const [name, [latitude, longitude]] of Object.entries(places.towns)) {
    const district = districtAt.get(`${latitude},${longitude}`);
    if (district) district.push(name);
    else towns[name] = [toGazetteerPrecision(latitude), toGazetteerPrecision(longitude)];
  }
  return { attribution: places.attribution, districts, towns };
}
