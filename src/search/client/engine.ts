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
type Counts = Record<string, Record<string, number>>;
interface PagefindResponse {
  readonly results: readonly PagefindResult[];
  readonly filters: Counts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters?: object; sort?: object }): Promise<PagefindResponse | null>;
  filters(): Promise<Counts>;
}

/** Results of one search: matching courses, and per filter value the count it would give. */
export interface Outcome {
  readonly results: readonly PagefindResult[];
  /** For each filter and value, how many courses the search would find if that value were ticked. */
  readonly counts: Counts;
  /** For each filter in use, how many courses there would be without it (to suggest what to remove). */
  readonly withoutFilter: Record<string, number>;
}

/** Loads Pagefind from the site's own /pagefind/ folder; nothing is fetched from anywhere else. */
export async function loadEngine(bundlePath: string): Promise<Engine> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  // Pagefind loads filter data lazily and only counts filters it has loaded, so load them all once.
  await pagefind.filters();
  return new Engine(pagefind);
}

export class Engine {
  constructor(private readonly pagefind: Pagefind) {}

  /**
   * Runs the search, plus one search per filter in use without that filter,
   * so each filter's counts are what ticking a value would give with the
   * other selections: OR within a filter, AND across filters.
   */
  async run(state: SearchState): Promise<Outcome> {
    const term = state.term || null;
    const sort = effectiveSort(state.sort, Boolean(state.term)).sort;
    const [main, ...others] = await Promise.all([
      this.query(term, pagefindFilters(state.filters), sort),
      ...[...state.filters.keys()].map((key) => this.query(term, pagefindFilters(state.filters, key), undefined)),
    ]);
    const counts: Counts = { ...main!.filters };
    const withoutFilter: Record<string, number> = {};
    [...state.filters.keys()].forEach((key, index) => {
      counts[key] = others[index]!.filters[key] ?? {};
      withoutFilter[key] = others[index]!.results.length;
    });
    return { results: main!.results, counts, withoutFilter };
  }

  private async query(term: string | null, filters: object, sort: object | undefined): Promise<PagefindResponse> {
    const response = await this.pagefind.search(term, sort ? { filters, sort } : { filters });
    return response ?? { results: [], filters: {} };
  }
}
