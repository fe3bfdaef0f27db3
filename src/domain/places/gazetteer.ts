import { distance } from "fastest-levenshtein";
import { wordsOf } from "../words.ts";
import type { Coordinates } from "./distance.ts";
import { normaliseDistrict, normalisePostcode } from "./postcodes.ts";

/** A latitude and longitude in decimal degrees, as the place files store them. */
export type LatLon = readonly [latitude: number, longitude: number];

/**
 * The places a visitor can search from, as the site publishes them for the browser
 * (search/places.json, made by `gazetteerFile` in place-data.ts).
 */
export interface Gazetteer {
  /** Where the data comes from, as its licence asks to be said wherever it is used. */
  readonly attribution: string;
  /**
   * Each postcode district ("BL1", "WA2", "EC1A"): its centre, then the names of the towns and
   * areas whose centre is the same point ("Smithills", "Halliwell"), which keeps the file small.
   */
  readonly districts: Readonly<Record<string, readonly [latitude: number, longitude: number, ...names: string[]]>>;
  /** Towns and cities whose centre is no one district's ("Bolton", "Newcastle upon Tyne"): each one's centre. */
  readonly towns: Readonly<Record<string, LatLon>>;
}

/** What a visitor's text was read as: a full postcode, a postcode district or a town's name. */
export type PlaceKind = "postcode" | "district" | "town";

/** A place found in the gazetteer: its name as the page should show it, and the point distances are measured from. */
export interface FoundPlace extends Coordinates {
  /** "BL1 1AA", "WA2" or "Newcastle upon Tyne": the postcode normalised, or the gazetteer's own spelling. */
  readonly name: string;
  readonly kind: PlaceKind;
}

/** Longer text is not a place name; cutting it keeps the work per keystroke small whatever is typed. */
const LONGEST_QUERY = 80;

/**
 * A place name as names are compared: lower case, accents and punctuation dropped, "&" as "and",
 * "Saint" as "St", single spaces. "Newcastle-upon-Tyne", "newcastle upon  tyne" and
 * "Newcastle upon Tyne" are one name; so are "St. Helens" and "Saint Helens".
 */
export function placeKey(text: string): string {
  const plain = text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/['’.]/g, "").replace(/&/g, " and ");
  return wordsOf(plain)
    .map((word) => (word === "saint" ? "st" : word))
    .join(" ");
}

/** A town's name as the gazetteer spells it, and its centre. */
interface Town extends Coordinates {
  readonly name: string;
}

/** Each gazetteer's towns by the key of their name, built the first time a gazetteer is searched. */
const townsByKey = new WeakMap<Gazetteer, ReadonlyMap<string, Town>>();

function townIndex(gazetteer: Gazetteer): ReadonlyMap<string, Town> {
  let index = townsByKey.get(gazetteer);
  if (!index) {
    const built = new Map<string, Town>();
    const add = (name: unknown, latitude: unknown, longitude: unknown) => {
      if (typeof name !== "string" || typeof latitude !== "number" || typeof longitude !== "number") return;
      const key = placeKey(name);
      if (key && !built.has(key)) built.set(key, { name, latitude, longitude });
    };
    for (const [name, [latitude, longitude]] of Object.entries(gazetteer.towns)) add(name, latitude, longitude);
    for (const [latitude, longitude, ...names] of Object.values(gazetteer.districts)) {
      for (const name of names) add(name, latitude, longitude);
    }
    townsByKey.set(gazetteer, built);
    index = built;
  }
  return index;
}

function districtCentre(gazetteer: Gazetteer, district: string): Coordinates | undefined {
  if (!Object.hasOwn(gazetteer.districts, district)) return undefined;
  const [latitude, longitude] = gazetteer.districts[district]!;
  return { latitude, longitude };
}

/** A district followed by the start of its inward code, as people type who know only part of a postcode: "BL1 1". */
const DISTRICT_AND_SECTOR = /^([A-Za-z]{1,2}\d[A-Za-z\d]?)\s+\d[A-Za-z]?$/;

/**
 * The place a visitor means by what they typed in "Town or postcode", or undefined if the
 * gazetteer has no such place:
 * - a full postcode in any case or spacing ("BL1 1AA", "bl11aa"): its district's centre;
 * - a postcode district ("WA2", "m1"), or a district and the start of the rest ("BL1 1");
 * - a town, city or area by name, in any case and with any punctuation or spacing ("bolton",
 *   "Newcastle-upon-Tyne"); "Bolton, Lancashire" is read as "Bolton" when the whole is not a name.
 */
export function findPlace(query: string, gazetteer: Gazetteer): FoundPlace | undefined {
  const text = query.slice(0, LONGEST_QUERY).trim();
  if (text === "") return undefined;
  const postcode = normalisePostcode(text);
  if (postcode) {
    const centre = districtCentre(gazetteer, postcode.split(" ")[0]!);
    return centre && { name: postcode, kind: "postcode", ...centre };
  }
  const district = normaliseDistrict(DISTRICT_AND_SECTOR.exec(text)?.[1] ?? text);
  if (district) {
    const centre = districtCentre(gazetteer, district);
    return centre && { name: district, kind: "district", ...centre };
  }
  const towns = townIndex(gazetteer);
  const town = towns.get(placeKey(text)) ?? (text.includes(",") ? towns.get(placeKey(text.split(",")[0]!)) : undefined);
  return town && { ...town, kind: "town" };
}

/**
 * Names close to what was typed, for "Did you mean…?" when `findPlace` finds nothing: names one
 * edit away (two for words of six letters or more), then names that start with the text, shortest
 * first. Empty for text under three letters, or for a postcode or district (a typo there is
 * another real place, so guessing would mislead).
 */
export function suggestPlaces(query: string, gazetteer: Gazetteer, limit = 5): string[] {
  const text = query.slice(0, LONGEST_QUERY).trim();
  const key = placeKey(text);
  if (key.length < 3 || /\d/.test(key)) return [];
  const allowed = key.length <= 5 ? 1 : 2;
  const close: { name: string; edits: number }[] = [];
  for (const [candidate, { name }] of townIndex(gazetteer)) {
    if (candidate === key) continue;
    if (candidate.startsWith(key)) {
      close.push({ name, edits: allowed + 1 });
    } else if (Math.abs(candidate.length - key.length) <= allowed) {
      const edits = distance(candidate, key);
      if (edits <= allowed) close.push({ name, edits });
    }
  }
  return close
    .sort((a, b) => a.edits - b.edits || a.name.length - b.name.length || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((suggestion) => suggestion.name);
}

/** Whether a parsed file has the gazetteer's shape (for the browser, before it trusts a fetched file). */
export function isGazetteer(value: unknown): value is Gazetteer {
  if (typeof value !== "object" || value === null) return false;
  const { attribution, districts, towns } = value as Record<string, unknown>;
  const isRecord = (part: unknown) => typeof part === "object" && part !== null && !Array.isArray(part);
  return typeof attribution === "string" && isRecord(districts) && isRecord(towns);
}
