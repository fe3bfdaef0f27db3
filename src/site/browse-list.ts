import type { CatalogueCourse } from "../domain/facets.ts";
import { soonestStartKey } from "../domain/runs.ts";

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

/** The courses a browse page lists, keeping the given order when they all fit. */
export function browseList<T extends CatalogueCourse>(entries: readonly T[], asOf: string): BrowseList<T> {
  if (entries.length <= BROWSE_PAGE_LIMIT) return { shown: entries, total: entries.length, complete: true };
  const shown = entries
    .map((entry) => ({ entry, start: soonestStartKey(entry.course, asOf) }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .slice(0, BROWSE_PAGE_LIMIT)
    .map(({ entry }) => entry);
  return { shown, total: entries.length, complete: false };
}
