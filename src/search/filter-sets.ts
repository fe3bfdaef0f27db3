/**
 * Which courses have each value of one search filter, as the search page
 * loads it: one file per filter, `filter-sets/<key>.json.gz` in the index
 * folder. Courses are named by their page number in the Pagefind index
 * (see pagefind-files.ts), so the page filters and counts results itself:
 * Pagefind's own filter counting grows with results × courses per value and
 * took most of a search's time at 10,000 courses.
 */

/** The folder, inside the search index's, that holds the filter files. */
export const FILTER_SETS_FOLDER = "filter-sets";

/** The file of one filter, relative to the search index's folder. */
export const filterSetsFile = (key: string) => `${FILTER_SETS_FOLDER}/${encodeURIComponent(key)}.json.gz`;

/**
 * The file of one value of a filter whose values a search's words can name, relative to the
 * search index's folder: a search for "dementia" needs that topic's courses, not every topic's.
 */
export const filterValueFile = (key: string, value: string) =>
  `${FILTER_SETS_FOLDER}/${encodeURIComponent(key)}/${encodeURIComponent(value)}.json.gz`;

/** What one value's file holds (gzip-compressed JSON). */
export interface FilterValueFile {
  /** The Pagefind index these page numbers belong to, as in FilterSetsFile. */
  readonly index: string;
  /** The page numbers of the courses with the value (see encodeSet). */
  readonly pages: string;
}

/** What one filter's file holds (gzip-compressed JSON). */
export interface FilterSetsFile {
  /**
   * The Pagefind index these page numbers belong to (the hash in its
   * metadata file's name), so a copy left from another build is never used.
   */
  readonly index: string;
  /**
   * What the numbers name: "page", courses by page number, for a filter whose values belong to
   * the course; "run", runs by run number (see RunIndexFile), for one whose values belong to each run.
   */
  readonly unit: "page" | "run";
  /** For each value, the numbers of the courses or runs with it (see encodeSet). */
  readonly values: Record<string, string>;
}

/**
 * The file that numbers the runs, relative to the search index's folder. Run filters
 * hold for one run: "online" and "in the next 3 months" find a course only when one
 * of its runs is both, so their files name runs, not courses.
 */
export const RUN_INDEX_FILE = `${FILTER_SETS_FOLDER}/runs.json.gz`;

/** What the run index holds (gzip-compressed JSON). */
export interface RunIndexFile {
  /** The Pagefind index, as in FilterSetsFile. */
  readonly index: string;
  /**
   * For each page number, how many runs the course has in search (at least one: see
   * `searchRunValues`). Runs are numbered in page order, soonest first within a course.
   */
  readonly runsPerPage: number[];
}

/** The last (or only) base-32 digit of each gap in an encoded set. */
const LAST_DIGITS = "0123456789abcdefghijklmnopqrstuv";
/** The base-32 digits before a gap's last, so gaps need no separator: none of them is escaped in JSON. */
const LEADING_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_";
/** Starts a set written as a bitmap. */
const BITMAP = "~";

/**
 * A set of page or run numbers as the filter files write it, whichever is shorter:
 * - the gaps between its numbers in ascending order (the first from 0), each a base-32
 *   number whose last digit is from LAST_DIGITS and earlier ones from LEADING_DIGITS, so most
 *   gaps are one character: "03" is {0, 3};
 * - for a set holding a large share of the numbers, "~" and a bitmap in base64, bit n % 8 of
 *   byte n / 8 set for number n.
 * At 10,000 courses this made the filter files a fifth smaller than gaps as JSON numbers.
 */
export function encodeSet(ascending: readonly number[]): string {
  let gaps = "";
  let previous = 0;
  for (const number of ascending) {
    let gap = number - previous;
    if (gap < 0 || !Number.isInteger(number))
      throw new Error(`Not ascending whole numbers: ${number} after ${previous}`);
    previous = number;
    let digits = LAST_DIGITS[gap % 32]!;
    for (gap = Math.floor(gap / 32); gap > 0; gap = Math.floor(gap / 32)) digits = LEADING_DIGITS[gap % 32]! + digits;
    gaps += digits;
  }
  const size = ascending.length === 0 ? 0 : ascending[ascending.length - 1]! + 1;
  // Base64 takes 4 characters per 3 bytes of bitmap.
  if (gaps.length <= Math.ceil(size / 24) * 4 + BITMAP.length) return gaps;
  const bitmap = new Uint8Array(Math.ceil(size / 8));
  for (const number of ascending) bitmap[number >> 3]! |= 1 << (number & 7);
  let binary = "";
  for (const byte of bitmap) binary += String.fromCharCode(byte);
  return BITMAP + btoa(binary);
}

/** The value of each digit character, or -1: last digits as is, leading ones + 32. */
const DIGIT_VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  [...LAST_DIGITS].forEach((digit, value) => (values[digit.charCodeAt(0)] = value));
  [...LEADING_DIGITS].forEach((digit, value) => (values[digit.charCodeAt(0)] = value + 32));
  return values;
})();

/** The numbers of a set written by encodeSet, ascending. */
export function decodeSet(encoded: string): Uint32Array {
  if (encoded.startsWith(BITMAP)) {
    const binary = atob(encoded.slice(BITMAP.length));
    const numbers: number[] = [];
    for (let byte = 0; byte < binary.length; byte++) {
      const bits = binary.charCodeAt(byte);
      for (let bit = 0; bit < 8; bit++) if (bits & (1 << bit)) numbers.push(byte * 8 + bit);
    }
    return Uint32Array.from(numbers);
  }
  const numbers: number[] = [];
  let number = 0;
  let gap = 0;
  for (let at = 0; at < encoded.length; at++) {
    const value = DIGIT_VALUES[encoded.charCodeAt(at)] ?? -1;
    if (value < 0) throw new Error(`"${encoded[at]}" at ${at} is not part of a set of numbers`);
    gap = gap * 32 + (value & 31);
    if (value < 32) {
      numbers.push((number += gap));
      gap = 0;
    }
  }
  if (gap !== 0 || DIGIT_VALUES[encoded.charCodeAt(encoded.length - 1)]! >= 32)
    throw new Error("A set of numbers ends in the middle of a number");
  return Uint32Array.from(numbers);
}

/**
 * The file of where each run meets, relative to the search index's folder: loaded only when a
 * visitor searches near a place, so the distance from it is worked out on the page.
 */
export const RUN_PLACES_FILE = `${FILTER_SETS_FOLDER}/run-places.json.gz`;

/** Where one run meets, as the build knows it: its venue's coordinates (from its postcode) and whether it is online. */
export interface RunPlace {
  /** [latitude, longitude] of the venue's postcode district, if it has a venue the place data knows. */
  readonly at?: readonly [number, number];
  readonly online: boolean;
}

/** What the run places file holds (gzip-compressed JSON). */
export interface RunPlacesFile {
  /** The Pagefind index, as in FilterSetsFile. */
  readonly index: string;
  /** Each distinct venue place, [latitude, longitude]. */
  readonly places: (readonly [number, number])[];
  /**
   * For each run number: (place number + 1) × 2, plus 1 if it is online; so 0 is a run with no
   * known venue that is not online, and 1 an online run with no venue.
   */
  readonly runs: number[];
}

/** A run's place written as a number of RunPlacesFile's `runs`. */
export const runPlaceCode = (place: number | undefined, online: boolean) =>
  ((place === undefined ? 0 : place + 1) << 1) | (online ? 1 : 0);

/** A number of RunPlacesFile's `runs` read back: the place number (or undefined) and whether the run is online. */
export const readRunPlaceCode = (code: number) => ({
  place: (code >> 1) - 1 < 0 ? undefined : (code >> 1) - 1,
  online: (code & 1) === 1,
});
