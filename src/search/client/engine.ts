import { tally, type Counts } from "./facet-counts.ts";
import { IndexFiles, type FilterSets, type IndexSource, type Result } from "./index-files.ts";
import type { SearchState } from "./state.ts";
import { effectiveSort } from "./sorts.ts";

export type { Counts } from "./facet-counts.ts";
export type { Result, ResultData } from "./index-files.ts";

/** The part of Pagefind's browser API this page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Every page matching the term, best match first (every page, for null). */
  search(term: string | null, options: object): Promise<{ readonly results: readonly Result[] } | null>;
}

/** What a search found, with the numbers its filters show. */
export interface Searched {
  readonly results: readonly Result[];
  /**
   * For each loaded filter and value, how many courses ticking that value
   * would give: OR within a filter, AND across filters. Filters whose data
   * is not loaded have no numbers.
   */
  readonly counts: Counts;
  /** For each filter in use, how many courses there would be without it (to suggest what to remove). */
  readonly withoutFilter: Record<string, number>;
}

/**
 * Starts the engine on the site's own index folder; nothing is fetched from
 * anywhere else. Pagefind is asked only which courses match words, best
 * first: sorting, filtering and counting are done here with the index's own
 * page order and the sort and filter files the build writes beside it, as
 * Pagefind's take time that grows with the square of the courses (a second
 * or more per search at 10,000). Listing courses without a term needs no
 * Pagefind at all, so the page shows them while Pagefind loads.
 */
export function startEngine(bundlePath: string): Engine {
  const load = async () => {
    const loaded = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    // On the page itself: in a worker, every search's results (thousands) were copied back to the page,
    // which took longer than the search. A search takes tens of milliseconds, too short to stall typing.
    // The index's URLs already carry the site's base path, so Pagefind must not add it again.
    await loaded.options({ excerptLength: 24, noWorker: true, baseUrl: "/" });
    await loaded.init();
    // One search ahead of the user's, at no cost in downloads, so their first is not Pagefind's first.
    await loaded.search(null, {});
    return loaded;
  };
  return new Engine(load, new IndexFiles(bundlePath));
}

/**
 * How many recent searches the engine keeps, so that going back to one
 * (clearing the box, unticking a filter, Back) redraws at once.
 */
const RECENT = 8;

export class Engine {
  /** Recent searches by state and loaded filters, least recently used first. */
  private readonly recent = new Map<string, Promise<Searched>>();
  /** Filters whose data is loaded: every search counts exactly these. */
  private readonly loaded = new Map<string, FilterSets>();
  private pagefind: Promise<Pagefind>;
  private readonly loadPagefind: () => Promise<Pagefind>;
  private readonly index: IndexSource;

  /** Starts loading Pagefind with `loadPagefind` at once; if that fails, the next search by words tries again. */
  constructor(loadPagefind: () => Promise<Pagefind>, index: IndexSource) {
    this.loadPagefind = loadPagefind;
    this.pagefind = loadPagefind();
    this.pagefind.catch(() => {}); // Reported by warm() and by each search that needs it.
    this.index = index;
  }

  /** Resolves once Pagefind has loaded, so that the first words typed are searched at once. */
  async warm(): Promise<void> {
    await this.pagefind;
  }

  /**
   * Searches for the state: the term's courses (every course without one),
   * in the order asked for, keeping those with a ticked value in each filter
   * in use, and counting every loaded filter. A recent search of the same
   * state is reused while no other filter has been loaded since (its counts
   * would lack that filter).
   */
  run(state: SearchState): Promise<Searched> {
    const key = JSON.stringify([
      state.term,
      effectiveSort(state.sort, Boolean(state.term)).id,
      [...state.filters].map(([filter, values]) => [filter, [...values].sort()]).sort(),
      [...this.loaded.keys()].sort(),
    ]);
    const recent = this.recent.get(key);
    this.recent.delete(key);
    const searched = recent ?? this.search(state);
    // A search that failed (the network, say) is not kept: the next try searches again.
    searched.catch(() => this.recent.delete(key));
    this.recent.set(key, searched);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return searched;
  }

  private async search(state: SearchState): Promise<Searched> {
    const [key, direction] = Object.entries(effectiveSort(state.sort, Boolean(state.term)).sort ?? {})[0] ?? [];
    const [pages, found, ascending] = await Promise.all([
      this.index.pages(),
      state.term ? this.find(state.term) : undefined,
      key ? this.index.sort(key) : undefined,
      ...[...state.filters.keys()].map((filter) => this.loadFacet(filter)),
    ]);
    // Best match first with no filter to count: Pagefind's answer as it is (thousands of results need no lookups).
    if (found && !ascending && this.loaded.size === 0) return { results: found, counts: {}, withoutFilter: {} };
    // Page numbers of the results, best match first, and the result for each.
    let order: number[];
    let resultOf: (page: number) => Result;
    if (found) {
      const byPage = new Map<number, Result>();
      order = found.map((result) => {
        const page = pages.numbers.get(result.id);
        if (page === undefined)
          throw new Error(`The search index and its page list disagree about result ${result.id}`);
        byPage.set(page, result);
        return page;
      });
      resultOf = (page) => byPage.get(page)!;
    } else {
      order = [...pages.numbers.values()];
      resultOf = pages.result;
    }
    if (ascending) order = sorted(order, ascending, direction === "desc");
    const { kept, counts, withoutFilter } = tally(order, pages.numbers.size, this.loaded, state.filters);
    return { results: kept.map((position) => resultOf(order[position]!)), counts, withoutFilter };
  }

  private async find(term: string): Promise<readonly Result[]> {
    const loading = this.pagefind;
    let pagefind: Pagefind;
    try {
      pagefind = await loading;
    } catch (error) {
      if (this.pagefind === loading) {
        this.pagefind = this.loadPagefind();
        this.pagefind.catch(() => {});
      }
      throw error;
    }
    return (await pagefind.search(term, {}))?.results ?? [];
  }

  /** Loads one filter's data, so that from now on every search counts its values. */
  async loadFacet(key: string): Promise<void> {
    if (!this.loaded.has(key)) this.loaded.set(key, await this.index.sets(key));
  }
}

/** Page numbers in the order of a sort, given every page number in ascending order of its key. */
function sorted(order: readonly number[], ascending: Uint32Array, descending: boolean): number[] {
  // A page missing from the sort goes last rather than out of the results.
  const size = order.reduce((largest, page) => Math.max(largest, page + 1), ascending.length);
  const position = new Uint32Array(size).fill(ascending.length);
  ascending.forEach((page, at) => (position[page] = at));
  const byPosition = (a: number, b: number) => position[a]! - position[b]!;
  return [...order].sort(descending ? (a, b) => byPosition(b, a) : byPosition);
}
