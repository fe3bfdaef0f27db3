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
  /** The page numbers of the courses with the value, ascending, each written as the gap from the one before. */
  readonly pages: number[];
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
  /** For each value, the numbers of the courses or runs with it, ascending, each written as the gap from the one before. */
  readonly values: Record<string, number[]>;
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

/** Ascending page numbers written as gaps, which keeps the file small (most gaps are one or two digits). */
export function toGaps(ascending: readonly number[]): number[] {
  return ascending.map((page, index) => page - (index === 0 ? 0 : ascending[index - 1]!));
}

/** Page numbers back from gaps. */
export function fromGaps(gaps: readonly number[]): Uint32Array {
  const pages = new Uint32Array(gaps.length);
  let page = 0;
  gaps.forEach((gap, index) => (pages[index] = page += gap));
  return pages;
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
