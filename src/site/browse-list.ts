import type { CatalogueCourse } from "../domain/facets.ts";
import { soonestStartKey } from "../domain/runs.ts";
import { compareSortValues } from "../search/sort-orders.ts";

/**
 * Most courses one browse page lists. A national catalogue puts thousands of
 * courses under one profession: listing them all made pages of several
 * megabytes and took most of the build, so beyond this a page lists the
 * courses starting soonest and links to search, which holds them all.
 */
export const BROWSE_PAGE_LIMIT = 50;

/** What a browse page lists. */
export interface BrowseList<T> {
  /** The courses on the page: all of them, or the soonest BROWSE_PAGE_LIMIT. */
  readonly shown: readonly T[];
  /** How many courses the page is about. */
  readonly total: number;
  /** False when the page lists only some of them. */
  readonly complete: boolean;
}

/**
 * Courses soonest start first, those with no date to join last, ties by title: the order of the
 * search index's pages (see writeCatalogueIndex), so search's "Soonest start", the search page's
 * first results and the browse pages agree.
 */
export function soonestFirst<T extends CatalogueCourse>(entries: readonly T[], asOf: string): T[] {
  return entries
    .map((entry) => ({ entry, start: soonestStartKey(entry.course, asOf), title: entry.course.title.toLowerCase() }))
    .sort((a, b) => compareSortValues(a.start, b.start) || compareSortValues(a.title, b.title))
    .map(({ entry }) => entry);
}

/** The courses a browse page lists, keeping the given order when they all fit. */
export function browseList<T extends CatalogueCourse>(entries: readonly T[], asOf: string): BrowseList<T> {
  if (entries.length <= BROWSE_PAGE_LIMIT) return { shown: entries, total: entries.length, complete: true };
  const shown = soonestFirst(entries, asOf).slice(0, BROWSE_PAGE_LIMIT);
  return { shown, total: entries.length, complete: false };
}
