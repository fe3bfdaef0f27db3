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
  /** For each value, the page numbers of the courses with it, ascending, each written as the gap from the one before. */
  readonly values: Record<string, number[]>;
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
