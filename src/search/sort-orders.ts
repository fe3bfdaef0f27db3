/**
 * The orders results can be sorted in, as the search page loads them: one
 * file per sort key, `sorts/<key>.json.gz` in the index folder, fetched only
 * when a visitor picks that sort. Pagefind could hold them in its metadata
 * file, but every search downloads that file, and the sorts were 71 KB of
 * its 170 KB at 10,000 courses.
 */

/** Sort keys every record has, so no course drops out of results when a sort is chosen. */
export const sortKeys = {
  start: "start",
  credits: "credits",
  title: "title",
  reviewed: "reviewed",
} as const;

/**
 * The sort the index's own page order follows, so it needs no file: the
 * build adds courses to the index soonest start first (the order browsing
 * shows), Pagefind numbers pages in the order they are added, and the build
 * checks that it did.
 */
export const PAGE_ORDER_SORT: string = sortKeys.start;

/** How two records' values of one sort key compare: the build orders the index and every sort file by it. */
export const compareSortValues: (a: string, b: string) => number = new Intl.Collator("en").compare;

/** The folder, inside the search index's, that holds the sort files. */
export const SORT_ORDERS_FOLDER = "sorts";

/** The file of one sort, relative to the search index's folder. */
export const sortOrderFile = (key: string) => `${SORT_ORDERS_FOLDER}/${encodeURIComponent(key)}.json.gz`;

/** What one sort's file holds (gzip-compressed JSON). */
export interface SortOrderFile {
  /** The Pagefind index these page numbers belong to, as in a filter file. */
  readonly index: string;
  /** Every page number, in ascending order of the sort key (ties in page order). */
  readonly pages: number[];
}
