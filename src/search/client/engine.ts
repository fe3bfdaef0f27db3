import { pagefindFilters, type SearchState } from "./state.ts";
import { effectiveSort } from "./sorts.ts";

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResult {
  readonly id: string;
  data(): Promise<ResultData>;
}
export interface ResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Record<string, string>;
}
/** For each filter and value, a number of courses. */
export type Counts = Record<string, Record<string, number>>;
interface PagefindResponse {
  readonly results: readonly PagefindResult[];
  /**
   * Per value, how many of the results have it; Pagefind fills this in only
   * for the filters whose data it has loaded, and leaves the others out.
   */
  readonly filters: Counts;
}
interface SearchOptions {
  filters?: object;
  sort?: object;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<PagefindResponse | null>;
  /** Fetches what a search would need (index and filter data) without searching. */
  preload(term: string | null, options: SearchOptions): Promise<void>;
}

/** The matching courses, ready to show before the filter counts are. */
export interface Found {
  readonly results: readonly PagefindResult[];
  /**
   * Counts for the filters not in use whose data is loaded: what ticking a
   * value would give. Filters in use are left out here (see Counted).
   */
  readonly counts: Counts;
}

/** Counts for every filter whose data is loaded, filters in use included. */
export interface Counted {
  /** For each filter and value, how many courses the search would find if that value were ticked. */
  readonly counts: Counts;
  /** For each filter in use, how many courses there would be without it (to suggest what to remove). */
  readonly withoutFilter: Record<string, number>;
}

/** One search in two steps: the results as soon as they are known, the counts when asked for. */
export interface Run {
  readonly found: Promise<Found>;
  /**
   * Starts the searches the counts need (once; later calls share them). The page asks only once the
   * results are drawn: Pagefind answers one request at a time, so counting earlier held up the
   * results' own details, and counting for a search the user has already changed wastes the wait.
   */
  counted(): Promise<Counted>;
}

/**
 * Loads Pagefind from the site's own /pagefind/ folder; nothing is fetched
 * from anywhere else. Filter data is not loaded here: Pagefind loads a
 * filter's data when a search uses that filter, or when `loadFacet` asks,
 * and every search then counts every loaded filter. At 10,000 courses all
 * filters are 580 KB and make each search several times slower, so the page
 * loads a filter only when its counts are asked for (see main.ts).
 */
export async function loadEngine(bundlePath: string): Promise<Engine> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  return new Engine(pagefind);
}

/** Why counts were not worked out: another search was asked for first. */
export class Superseded extends Error {
  constructor() {
    super("Another search started before these counts were worked out");
  }
}

/**
 * How many recent searches the engine keeps, so that going back to one
 * (clearing the box, unticking a filter, Back) redraws at once: a search
 * over every course costs a few hundred milliseconds at 10,000 courses.
 */
const RECENT = 8;

export class Engine {
  /** Recent runs by state and loaded filters, least recently used first. */
  private readonly recent = new Map<string, Run>();
  /** Filters whose data Pagefind holds, as its answers have shown (it counts exactly those). */
  private readonly loaded = new Set<string>();
  /** The key of the latest run asked for; counts for any other are no longer wanted. */
  private latest = "";

  constructor(private readonly pagefind: Pagefind) {}

  /**
   * Runs the search, then, when counts are asked for, one search per filter in
   * use without that filter, so each filter's counts are what ticking a value
   * would give with the other selections: OR within a filter, AND across filters.
   * A recent run of the same state is reused while no other filter has been
   * loaded since (its counts would lack that filter).
   */
  run(state: SearchState): Run {
    const key = JSON.stringify([
      state.term,
      effectiveSort(state.sort, Boolean(state.term)).id,
      [...state.filters].map(([filter, values]) => [filter, [...values].sort()]).sort(),
      [...new Set([...this.loaded, ...state.filters.keys()])].sort(),
    ]);
    this.latest = key;
    const recent = this.recent.get(key);
    this.recent.delete(key);
    // A run that failed (the network, say) is not kept: the next try searches again.
    const run = recent ?? this.search(state, key, () => this.recent.delete(key));
    this.recent.set(key, run);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return run;
  }

  private search(state: SearchState, runKey: string, forget: () => void): Run {
    const term = state.term || null;
    const sort = effectiveSort(state.sort, Boolean(state.term)).sort;
    const inUse = [...state.filters.keys()];
    const main = this.query(term, pagefindFilters(state.filters), sort);
    const found = main.then(({ results, filters }) => {
      for (const key of Object.keys(filters)) this.loaded.add(key);
      const counts: Counts = { ...filters };
      // Within a filter in use these counts are AND, not OR: never shown, the searches below replace them.
      for (const key of inUse) delete counts[key];
      return { results, counts };
    });
    found.catch(forget);
    let counted: Promise<Counted> | undefined;
    const count = async (): Promise<Counted> => {
      const all: Counts = { ...(await found).counts };
      const withoutFilter: Record<string, number> = {};
      // One at a time, giving up once another search has started: Pagefind cannot stop a search,
      // so at most one count for a search the user has left delays the next.
      for (const key of inUse) {
        if (this.latest !== runKey) throw new Superseded();
        const other = await this.query(term, pagefindFilters(state.filters, key), undefined);
        all[key] = other.filters[key] ?? {};
        withoutFilter[key] = other.results.length;
      }
      return { counts: all, withoutFilter };
    };
    return {
      found,
      counted: () => {
        if (!counted) {
          counted = count();
          counted.catch(forget);
        }
        return counted;
      },
    };
  }

  /** Loads one filter's data, so that from now on every search counts its values. */
  async loadFacet(key: string): Promise<void> {
    await this.pagefind.preload(null, { filters: { [key]: { any: [] } } });
    this.loaded.add(key);
  }

  private async query(term: string | null, filters: object, sort: object | undefined): Promise<PagefindResponse> {
    const response = await this.pagefind.search(term, sort ? { filters, sort } : { filters });
    return response ?? { results: [], filters: {} };
  }
}
