import type { Searched } from "./engine.ts";
import { PAGE } from "./paging.ts";
import type { SearchState } from "./state.ts";

/** What the page shows: the results of the latest search, and the counts known for it. */
export interface Outcome extends Searched {
  /** The words searched for, which the heading names and results' excerpts show. */
  readonly term: string;
  /** Filters whose data is loading, to count them for this search. */
  readonly pending: ReadonlySet<string>;
  /** Whether the results are every course in the index's own order (browsing everything, soonest first). */
  readonly inIndexOrder: boolean;
}

/**
 * Everything the search page remembers between one event and the next, in
 * one place: the search page's script keeps no other changing values (its
 * other module-level names are the page's elements, constants, and the
 * search engine, which keeps its own caches of files and recent searches).
 */
export interface SearchPageState {
  /**
   * What the searcher has asked for, as the URL's query string says: the
   * search that runs next, and that the controls and URL show.
   */
  search: SearchState;
  /**
   * The results of the latest search to answer, with the counts known for
   * it; undefined until the first search answers.
   */
  outcome: Outcome | undefined;
  /**
   * How many results the list is to hold: a page of them for a new search,
   * a page more for each "Show more", or as many as arrived when some could
   * not be fetched.
   */
  shown: number;
  /** Counts searches started, so answers to older searches that finish late are dropped. */
  latest: number;
  /** Counts drawings of the list, so a later one (a newer search, or "Show more") takes over from an earlier. */
  drawings: number;
  /** The results the list shows (some or all of them), so "Show more" adds to the list it belongs to. */
  listed: Outcome["results"] | undefined;
  /** Whether a search by typed words is running: keystrokes meanwhile are answered when it ends. */
  typing: boolean;
  /** Whether a key has been typed since the words in the box were last read for a search. */
  typedSinceSearch: boolean;
  /** The timer that announces the results once they have settled (typing gives a new count per key). */
  announcing: number | undefined;
}

/** The state of a page that has just opened on `search` (read from its URL), before anything has run. */
export function createSearchPageState(search: SearchState): SearchPageState {
  return {
    search,
    outcome: undefined,
    shown: PAGE,
    latest: 0,
    drawings: 0,
    listed: undefined,
    typing: false,
    typedSinceSearch: false,
    announcing: undefined,
  };
}

/** Takes a new search as the one asked for: its list starts again at one page of results. */
export function askFor(page: SearchPageState, search: SearchState): void {
  page.search = search;
  page.shown = PAGE;
}
