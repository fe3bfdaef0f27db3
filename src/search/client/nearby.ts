import { milesBetween, type Coordinates } from "../../domain/places/distance.ts";
import { readRunPlaceCode, type RunPlacesFile } from "../filter-sets.ts";
import type { RunCondition, RunIndex } from "./facet-counts.ts";

/** Where each run meets, by run number, as a search near a place reads it. */
export interface RunPlaces {
  /** The venue's place (NaN: no venue the place data knows). */
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  /** 1 for a run that can be followed online. */
  readonly online: Uint8Array;
}

/** The run places file as arrays by run number. */
export function readRunPlaces(file: RunPlacesFile): RunPlaces {
  const latitude = new Float64Array(file.runs.length).fill(Number.NaN);
  const longitude = new Float64Array(file.runs.length).fill(Number.NaN);
  const online = new Uint8Array(file.runs.length);
  file.runs.forEach((code, run) => {
    const read = readRunPlaceCode(code);
    const at = read.place === undefined ? undefined : file.places[read.place];
    if (at) [latitude[run], longitude[run]] = at;
    online[run] = read.online ? 1 : 0;
  });
  return { latitude, longitude, online };
}

/** A search near a place: which runs it keeps, and how far each run's venue is. */
export interface Nearness {
  /** The runs within the distance, and (unless left out) those online. */
  readonly condition: RunCondition;
  /** Each run's venue's distance from the place in miles; NaN for a run with no venue. */
  readonly miles: Float64Array;
}

/** The key a search near a place goes by, as a filter does, for "without it, n courses". */
export const NEAR_KEY = "near";

/** Which runs a search `within` miles of `from` keeps: those with a venue that close, and online ones if `withOnline`. */
export function nearness(places: RunPlaces, from: Coordinates, within: number, withOnline: boolean): Nearness {
  const runs = places.online.length;
  const miles = new Float64Array(runs);
  const keeps = new Uint8Array(runs);
  for (let run = 0; run < runs; run++) {
    const latitude = places.latitude[run]!;
    miles[run] = Number.isNaN(latitude)
      ? Number.NaN
      : milesBetween(from, { latitude, longitude: places.longitude[run]! });
    keeps[run] = miles[run]! <= within || (withOnline && places.online[run] === 1) ? 1 : 0;
  }
  return { condition: { key: NEAR_KEY, keeps }, miles };
}

/**
 * For one kept course, the run to show in a search near a place: the nearest run
 * with a venue that meets every filter, or, with none, the one the filters found.
 */
export function nearestRun(
  page: number,
  index: RunIndex,
  passes: (run: number) => boolean,
  miles: Float64Array,
  fallback: number,
): { run: number; miles?: number } {
  const first = index.firstRun[page]!;
  let best = -1;
  for (let run = first; run < index.firstRun[page + 1]!; run++)
    if (passes(run) && !Number.isNaN(miles[run]!) && (best < 0 || miles[run]! < miles[best]!)) best = run;
  return best < 0 ? { run: fallback } : { run: best - first, miles: miles[best]! };
}

/** Distance in words, as a result shows it: "Less than 1 mile", "1 mile", "12 miles". */
export function distanceText(miles: number): string {
  if (miles < 1) return "Less than 1 mile";
  const whole = Math.round(miles);
  return `${whole} ${whole === 1 ? "mile" : "miles"}`;
}
