/**
 * The way back from a course to the search that found it. When a result is
 * followed, the search page notes its address and how many results it showed
 * in the tab's session storage; the course page then offers "Back to results",
 * and the search page, opened again at that address, shows as many results.
 * Nothing leaves the browser, and a course opened any other way has no such link.
 */

const KEY = "search-return";

/** The search a course was reached from. */
export interface SearchReturn {
  /** The search page's path and query string: the same words, filters and sort. */
  readonly search: string;
  /** The path of the course followed from it. */
  readonly course: string;
  /** How many results the list showed ("Show more" pressed). */
  readonly shown: number;
}

/** Notes the search a course is being opened from. */
export function noteSearchReturn(storage: Storage, searchReturn: SearchReturn): void {
  try {
    storage.setItem(KEY, JSON.stringify(searchReturn));
  } catch {
    // Storage full or blocked: the course page simply offers no link back.
  }
}

/** The search noted for a course, if this tab opened it from one. */
export function searchReturnFor(storage: Storage, coursePath: string): SearchReturn | undefined {
  try {
    const noted = JSON.parse(storage.getItem(KEY) ?? "null") as Partial<SearchReturn> | null;
    if (
      noted &&
      noted.course === coursePath &&
      typeof noted.search === "string" &&
      noted.search.startsWith("/") &&
      !noted.search.startsWith("//") &&
      typeof noted.shown === "number"
    )
      return { search: noted.search, course: noted.course, shown: noted.shown };
  } catch {
    // Unreadable: no link back.
  }
  return undefined;
}

/** How many results to show for the search at `search`, when this tab was last at it and showed more. */
export function shownOnReturn(storage: Storage, search: string): number | undefined {
  try {
    const noted = JSON.parse(storage.getItem(KEY) ?? "null") as Partial<SearchReturn> | null;
    return noted?.search === search && typeof noted.shown === "number" ? noted.shown : undefined;
  } catch {
    return undefined;
  }
}
