#!/usr/bin/env node
/**
 * npm run places:refresh [-- <postcode-districts.csv>]
 * Rebuilds src/domain/places/postcode-districts.json (postcode districts and town names with
 * coordinates, for search by place and distance and the venue checks) from the shared
 * postcode-district file: ../shared/data/places/postcode-districts.csv unless another is named.
 * src/domain/places/README.md says where the figures come from and how to refresh them.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import * as prettier from "prettier";
import { milesBetween } from "../src/domain/places/distance.ts";
import { placeKey } from "../src/domain/places/gazetteer.ts";
import type { DistrictEntry, PlaceFile } from "../src/domain/places/place-file.ts";
import { normaliseDistrict } from "../src/domain/places/postcodes.ts";
import { regions, type RegionId } from "../src/domain/vocabularies/index.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_SOURCE = path.resolve(projectRoot, "../shared/data/places/postcode-districts.csv");
export const OUTPUT = path.join(projectRoot, "src/domain/places/postcode-districts.json");

export const ATTRIBUTION =
  "Contains OS data © Crown copyright and database right; Contains Royal Mail data © Royal Mail copyright and database right; Contains National Statistics data © Crown copyright and database right; postcode district centres compiled by doogal.co.uk.";
const LICENCE =
  "Open Government Licence v3.0, https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
const SOURCE =
  "Postcode district centres from doogal.co.uk's 'Postcode districts' file (from the ONS Postcode Directory and OS Code-Point Open), reduced by npm run places:refresh; town centres are worked out from their districts' centres.";

/** The columns read; the file's other columns (population, nearby districts…) are not used. */
const COLUMNS = [
  ...["Postcode", "Latitude", "Longitude", "Town/Area", "UK region", "Post Town", "Active postcodes", "Population"],
] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

/** Fewer districts than this means a cut-off or wrong file, not a change in the postcode map. */
const FEWEST_DISTRICTS = 2800;

/** Districts whose centres are within this many miles of one another (in a chain) are one place. */
const SAME_PLACE_MILES = 10;

/** One district as the derivation reads it. */
interface District {
  readonly code: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly region: RegionId | null;
  readonly postTowns: readonly string[];
  /** Town and area names from doogal's Town/Area column, cleaned (see `areaNames`). */
  readonly areas: readonly string[];
  /** Names this district is the centre of ("Manchester City Centre" makes M1 a centre of Manchester). */
  readonly centreOf: readonly string[];
  /** Its postcodes in use, or undefined where the file does not say (the Channel Islands, the Isle of Man). */
  readonly active: number | undefined;
  /**
   * A PO box, large-user or forces district: a sorting office's address, not a place. The file
   * says "Non-geographic" for most; the rest have postcodes in use but nobody living there.
   */
  readonly placeless: boolean;
}

/** Words that make part of a town into a name of its own in doogal's areas ("East Shrewsbury", "Southgate West"). */
const QUARTER_WORDS = new Set([
  ...["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "and"],
]);

/**
 * Whether a name (as its key) is a compass quarter of a post town ("East Shrewsbury", "Central and
 * West Chesterfield", "Southgate West"), which doogal lists as an area but nobody searches from.
 * A name that is itself a post town is never one: East Kilbride, West Bromwich and North Walsham stay.
 */
export function isQuarterOf(key: string, postTownKeys: ReadonlySet<string>): boolean {
  if (postTownKeys.has(key)) return false;
  const words = key.split(" ");
  let first = 0;
  while (first < words.length && QUARTER_WORDS.has(words[first]!)) first++;
  let last = words.length;
  while (last > first && QUARTER_WORDS.has(words[last - 1]!)) last--;
  return (first > 0 || last < words.length) && last > first && postTownKeys.has(words.slice(first, last).join(" "));
}

/** Maps the file's "UK region" names to the regions vocabulary by label, and fails on any other name. */
export function regionOf(name: string): RegionId | null {
  if (name.trim() === "") return null;
  const region = regions.find((term) => placeKey(term.label) === placeKey(name));
  if (!region) {
    throw new Error(
      `Unknown UK region "${name}": map it to one of ${regions.map((term) => term.id).join(", ")} in scripts/refresh-places.ts`,
    );
  }
  return region.id;
}

const PLACELESS = /non-geographic|large user|po box|british forces/i;
/** Town/Area entries that are not place names: mail centres, businesses, "town centre" and the like. */
const NOT_A_PLACE = /non-geographic|large user|po box|british forces|processing|financial services|chargecard/i;
const CENTRE =
  /^(?:(.+?)\s+(?:city|town)\s+cent(?:re|er)|(\S+)\s+cent(?:re|er)\b.*|(.+?)\s*\(\s*cent(?:re|er|ral)\b.*)$/i;
const BARE_CENTRE = /^(?:city|town)\s+cent(?:re|er)$/i;
/** Single words that name no one place, or only a part of one. */
const NOT_A_NAME = new Set([
  ...["north", "south", "east", "west", "central", "upper", "lower", "great", "little"],
  ...["university", "airport", "hospital", "city", "town", "centre"],
]);

/**
 * The place names in one Town/Area field ("Bolton, Smithills, Halliwell, Heaton"), cleaned:
 * qualifiers in brackets dropped ("Luton (North)" → "Luton"), "including" and "Shotley Peninsula:"
 * prefixes dropped, "Glenariff/Waterfoot" as both names, and anything that is not a place name
 * left out (PO boxes, "city centre", businesses, names with digits or "&", fragments of a bracket
 * the file split at a comma, and lone words such as "North" or "University").
 */
export function areaNames(field: string): string[] {
  const names: string[] = [];
  for (const raw of field.split(",")) {
    let part = raw.trim();
    if (part.includes(":")) part = part.slice(part.lastIndexOf(":") + 1).trim();
    part = part.replace(/^including\s+/i, "");
    if (/^[^(]*\)/.test(part) || NOT_A_PLACE.test(part) || CENTRE.test(part)) continue;
    part = part.replace(/\s*\(.*$/, "");
    for (const piece of part.split("/")) {
      const name = piece.trim().replace(/\s+/g, " ");
      if (!/^\p{Lu}/u.test(name) || /[\d&]/.test(name) || NOT_A_NAME.has(placeKey(name))) continue;
      names.push(name);
    }
  }
  return names;
}

/** The names a Town/Area field marks as having their centre in this district ("Liverpool city centre"). */
export function centreNames(field: string, postTowns: readonly string[]): string[] {
  return field.split(",").flatMap((raw) => {
    const part = raw.trim();
    if (BARE_CENTRE.test(part)) return [...postTowns];
    const match = CENTRE.exec(part);
    const name = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
    return name ? [name] : [];
  });
}

function readDistrict(row: Row): District | undefined {
  const latitude = Number(row.Latitude);
  const longitude = Number(row.Longitude);
  if (row.Latitude.trim() === "" || row.Longitude.trim() === "" || !Number.isFinite(latitude + longitude))
    return undefined;
  const code = row.Postcode.trim().toUpperCase();
  // Old codes of another shape (NPT, Newport's before 1984) cannot be the district of any postcode written today.
  if (normaliseDistrict(code) !== code) return undefined;
  if (latitude < 49 || latitude > 61 || longitude < -9 || longitude > 3) {
    throw new Error(`${code}'s centre (${latitude}, ${longitude}) is not in the UK`);
  }
  const postTowns = row["Post Town"]
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const activeText = row["Active postcodes"].trim();
  return {
    code,
    latitude,
    longitude,
    region: regionOf(row["UK region"]),
    postTowns,
    areas: areaNames(row["Town/Area"]),
    centreOf: centreNames(row["Town/Area"], postTowns),
    active: activeText === "" ? undefined : Number(activeText),
    placeless: PLACELESS.test(row["Town/Area"]) || (Number(activeText) > 0 && !(Number(row.Population) > 0)),
  };
}

const round = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

/** Postcode districts in the order people read them: BL1, BL2 … BL11, then BB1. */
export function compareDistricts(a: string, b: string): number {
  const split = (code: string) => /^([A-Z]+)(\d*)([A-Z]?)$/.exec(code) ?? [code, code, "", ""];
  const [, areaA = "", numberA = "", restA = ""] = split(a);
  const [, areaB = "", numberB = "", restB = ""] = split(b);
  return areaA.localeCompare(areaB) || Number(numberA) - Number(numberB) || restA.localeCompare(restB);
}

/** What a district counts for when the file does not say (the Channel Islands, the Isle of Man): a typical district. */
const TYPICAL_POSTCODES = 500;

/** How much a district counts toward a town's centre: its postcodes in use (at least 1). */
const weightOf = (district: District) => Math.max(district.active ?? TYPICAL_POSTCODES, 1);

/** Groups districts whose centres chain together within SAME_PLACE_MILES of one another. */
function clusters(districts: readonly District[]): District[][] {
  const groups: District[][] = [];
  const left = new Set(districts);
  for (const start of districts) {
    if (!left.has(start)) continue;
    left.delete(start);
    const group = [start];
    for (let i = 0; i < group.length; i++) {
      for (const other of [...left]) {
        if (milesBetween(group[i]!, other) <= SAME_PLACE_MILES) {
          left.delete(other);
          group.push(other);
        }
      }
    }
    groups.push(group);
  }
  return groups;
}

const total = (districts: readonly District[]) => districts.reduce((sum, district) => sum + weightOf(district), 0);

function weightedCentre(districts: readonly District[]): readonly [number, number] {
  const weight = total(districts);
  const mean = (pick: (district: District) => number) =>
    round(districts.reduce((sum, district) => sum + pick(district) * weightOf(district), 0) / weight);
  return [mean((d) => d.latitude), mean((d) => d.longitude)];
}

/** Every district a name was seen in, and how: as a post town, an area, or the name's centre. */
interface NameSightings {
  readonly spellings: Map<string, { count: number; postTown: boolean }>;
  readonly postTown: Set<District>;
  readonly area: Set<District>;
  readonly centre: Set<District>;
}

/**
 * The districts of a group that a name's centre is worked out from: those the file marks as its
 * centre; else those that have it both as an area and as their post town (Bolton's BL1–BL3, not
 * Horwich's BL6); else those that have it as their post town (Newport's NP10–NP20, whose areas say
 * "Western Newport"); else those that list it as an area.
 */
function coreOf(group: readonly District[], seen: NameSightings): readonly District[] {
  const centre = group.filter((district) => seen.centre.has(district));
  const postTown = group.filter((district) => seen.postTown.has(district));
  const both = postTown.filter((district) => seen.area.has(district));
  return [centre, both, postTown].find((districts) => districts.length > 0) ?? group;
}

/** What a refresh produced, and what it left out and why. */
export interface Derived {
  readonly file: PlaceFile;
  readonly notes: readonly string[];
}

/**
 * The compact place file from the rows of doogal's postcode-district file. Towns are the post
 * towns and the cleaned Town/Area names; each name's centre is the weighted mean (by postcodes in
 * use) of the districts it names, taken from the group of neighbouring districts that is the
 * name's centre ("Manchester City Centre"), else the largest group (Newport in Wales, not on the
 * Isle of Wight), and within it from the districts that list the name as an area before those
 * that only have it as their post town (so Bolton's centre is BL1–BL3's, not all of BL1–BL7's).
 */
export function derivePlaces(rows: readonly Row[]): Derived {
  const notes: string[] = [];
  const districts: District[] = [];
  const withoutCentre: string[] = [];
  for (const row of rows) {
    const district = readDistrict(row);
    if (district) districts.push(district);
    else withoutCentre.push(row.Postcode.trim());
  }
  if (districts.length < FEWEST_DISTRICTS) {
    throw new Error(`Only ${districts.length} districts have a centre; expected at least ${FEWEST_DISTRICTS}`);
  }
  const codes = new Set<string>();
  for (const district of districts) {
    if (codes.has(district.code)) throw new Error(`District ${district.code} appears twice`);
    codes.add(district.code);
  }
  notes.push(
    `${districts.length} districts with a centre; left out ${withoutCentre.length} with no centre or not shaped as a district today: ${withoutCentre.join(", ")}`,
  );

  const sightings = new Map<string, NameSightings>();
  const sight = (name: string, district: District, how: "postTown" | "area" | "centre") => {
    const key = placeKey(name);
    if (!key) return;
    let seen = sightings.get(key);
    if (!seen) {
      seen = { spellings: new Map(), postTown: new Set(), area: new Set(), centre: new Set() };
      sightings.set(key, seen);
    }
    seen[how].add(district);
    if (how === "centre") return;
    const spelling = seen.spellings.get(name) ?? { count: 0, postTown: false };
    seen.spellings.set(name, { count: spelling.count + 1, postTown: spelling.postTown || how === "postTown" });
  };
  const places = districts.filter((district) => !district.placeless);
  for (const district of places) {
    for (const name of district.postTowns) sight(name, district, "postTown");
    for (const name of district.areas) sight(name, district, "area");
  }
  // A centre counts for its own name and for the post town it starts ("Newcastle" of Newcastle upon Tyne).
  for (const district of places) {
    for (const name of district.centreOf) {
      const key = placeKey(name);
      if (sightings.has(key)) sight(name, district, "centre");
      for (const postTown of district.postTowns) {
        if (placeKey(postTown).startsWith(`${key} `)) sight(postTown, district, "centre");
      }
    }
  }

  const postTownKeys = new Set([...sightings].filter(([, seen]) => seen.postTown.size > 0).map(([key]) => key));
  const towns: [string, readonly [number, number]][] = [];
  let ambiguous = 0;
  for (const [key, seen] of sightings) {
    if (seen.spellings.size === 0 || isQuarterOf(key, postTownKeys)) continue;
    const all = [...new Set([...seen.centre, ...seen.area, ...seen.postTown])];
    const inUse = all.filter((district) => district.active !== 0);
    const groups = clusters(inUse.length > 0 ? inUse : all);
    const centreWeight = (group: District[]) => total(group.filter((district) => seen.centre.has(district)));
    const chosen = groups.reduce((best, group) =>
      centreWeight(group) > centreWeight(best) ||
      (centreWeight(group) === centreWeight(best) && total(group) > total(best))
        ? group
        : best,
    );
    if (groups.length > 1) ambiguous++;
    const centre = weightedCentre(coreOf(chosen, seen));
    const [name] = [...seen.spellings].sort(
      ([nameA, a], [nameB, b]) =>
        Number(b.postTown) - Number(a.postTown) || b.count - a.count || nameA.localeCompare(nameB),
    )[0]!;
    towns.push([name, centre]);
  }
  towns.sort(([a], [b]) => placeKey(a).localeCompare(placeKey(b)) || a.localeCompare(b));
  notes.push(
    `${towns.length} town and area names; ${ambiguous} name places far apart, and each such name stands for its largest (or its centre)`,
  );

  const entries = [...districts]
    .sort((a, b) => compareDistricts(a.code, b.code))
    .map((district): [string, DistrictEntry] => [
      district.code,
      [round(district.latitude), round(district.longitude), district.region, district.postTowns.join(", ") || null],
    ]);
  return {
    file: {
      source: SOURCE,
      licence: LICENCE,
      attribution: ATTRIBUTION,
      districts: Object.fromEntries(entries),
      towns: Object.fromEntries(towns),
    },
    notes,
  };
}

/** Reads the CSV with csv-parse, checking it has the columns the derivation reads. */
export function readRows(csv: string): Row[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const missing = COLUMNS.filter((column) => rows.length > 0 && !(column in rows[0]!));
  if (rows.length === 0 || missing.length > 0) {
    throw new Error(`The file has no rows, or lacks the columns: ${missing.join(", ")}`);
  }
  return rows as Row[];
}

/** The place file as it is committed: formatted as Prettier formats the rest of the repository. */
export async function placeFileText(file: PlaceFile): Promise<string> {
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  return prettier.format(JSON.stringify(file), { ...options, filepath: OUTPUT });
}

async function main(): Promise<void> {
  const source = path.resolve(process.argv[2] ?? DEFAULT_SOURCE);
  const csv = await readFile(source, "utf8").catch((error: unknown) => {
    console.error(
      `Cannot read ${source}: ${String(error)}\nUsage: npm run places:refresh [-- <postcode-districts.csv>]`,
    );
    process.exit(2);
  });
  const { file, notes } = derivePlaces(readRows(csv));
  await writeFile(OUTPUT, await placeFileText(file));
  for (const note of notes) console.log(note);
  console.log(`Wrote ${path.relative(projectRoot, OUTPUT)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
