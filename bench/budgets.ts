/**
 * The performance budgets (for 10,000 courses on a 2-core machine, served on
 * localhost, unless a budget names another size) and how each is read from a
 * size's results. Pure, so it is unit-tested.
 */

/** The parts of a size's results the budgets read. */
export interface BudgetInput {
  /** Courses in the catalogue measured. */
  readonly size: number;
  /** `npm run validate` timed on the catalogue; undefined when the run reused an earlier build. */
  readonly validate?: { readonly coldSeconds: number; readonly oneChangedSeconds: number } | undefined;
  /** Undefined when the run reused an earlier build. */
  readonly build: { wallSeconds: number; peakMemoryMb: { tree: number } } | undefined;
  readonly dist: {
    files: number;
    coursePage: { gzipMax: number; gzipP50: number; scripts: number; scriptGzip: number };
    searchScriptGzip: number;
    placeSearchGzip: { gazetteer: number; runPlaces: number; runIndex: number };
    largestPage: { page: string; gzip: number };
  };
  readonly search: {
    firstQueryTyped: { all: { ms: { p50: number } }; perQuery: { searchRaw: number }[] };
    fromLink: { all: { ms: { p50: number } } };
    nextQuery: { all: { ms: { p50: number; p95: number } } };
  };
  readonly baseline: { fromLink: { all: { raw: { p50: number } } } };
}

export interface Budget {
  readonly name: string;
  readonly limit: number;
  readonly unit: string;
  /**
   * The one catalogue size this budget is set for and judged at. Budgets without one are set for
   * 10,000 courses and judged at every size measured (a smaller catalogue should meet them too).
   */
  readonly atSize?: number;
  readonly measured: (result: BudgetInput) => number;
}

export const KB = 1024;

export const BUDGETS: readonly Budget[] = [
  { name: "Full build", limit: 60, unit: "s", measured: (r) => r.build?.wallSeconds ?? Number.NaN },
  {
    name: "Build peak memory (process tree)",
    limit: 2048,
    unit: "MB",
    measured: (r) => r.build?.peakMemoryMb.tree ?? Number.NaN,
  },
  { name: "Files in dist/", limit: 20_000, unit: "files", measured: (r) => r.dist.files },
  {
    name: "First results after typing on an idle page, p50",
    limit: 300,
    unit: "ms",
    measured: (r) => r.search.firstQueryTyped.all.ms.p50,
  },
  { name: "Next query, p50", limit: 100, unit: "ms", measured: (r) => r.search.nextQuery.all.ms.p50 },
  {
    name: "Query from a link, cold (navigation to results), p50",
    limit: 600,
    unit: "ms",
    measured: (r) => r.search.fromLink.all.ms.p50,
  },
  { name: "Next query, p95", limit: 250, unit: "ms", measured: (r) => r.search.nextQuery.all.ms.p95 },
  {
    name: "Search bytes for a first query, worst query (raw)",
    limit: 250 * KB,
    unit: "bytes",
    measured: (r) => Math.max(...r.search.firstQueryTyped.perQuery.map((q) => q.searchRaw)),
  },
  {
    name: "Search bytes for a first query ÷ the baseline's bytes",
    limit: 0.05,
    unit: "ratio",
    measured: (r) =>
      Math.max(...r.search.firstQueryTyped.perQuery.map((q) => q.searchRaw)) / r.baseline.fromLink.all.raw.p50,
  },
  { name: "Course page, largest (gzip)", limit: 30 * KB, unit: "bytes", measured: (r) => r.dist.coursePage.gzipMax },
  // Lists that grow with the catalogue (every course, a provider's, the register) are split into pages.
  { name: "Any page, largest (gzip)", limit: 200 * KB, unit: "bytes", measured: (r) => r.dist.largestPage.gzip },
  // Course pages work without JavaScript; the one script a course page loads only reveals "Back to results" and
  // "Print CPD record".
  {
    name: "Script a course page loads (gzip, largest)",
    limit: 1 * KB,
    unit: "bytes",
    measured: (r) => r.dist.coursePage.scriptGzip,
  },
  { name: "Our search script (gzip)", limit: 15 * KB, unit: "bytes", measured: (r) => r.dist.searchScriptGzip },
  {
    name: "Bytes a search near a place loads (gzip)",
    limit: 150 * KB,
    unit: "bytes",
    measured: (r) =>
      r.dist.placeSearchGzip.gazetteer + r.dist.placeSearchGzip.runPlaces + r.dist.placeSearchGzip.runIndex,
  },
  // A contributor's pull request changes a file or two: the validator checks those again and runs the
  // rules across entries over the rest from its cache (src/validator/node/validation-cache.ts).
  {
    name: "Validate, one file changed (warm cache), 50,000 courses",
    limit: 10,
    unit: "s",
    atSize: 50_000,
    measured: (r) => r.validate?.oneChangedSeconds ?? Number.NaN,
  },
];

export interface BudgetCheck {
  readonly name: string;
  readonly limit: number;
  readonly unit: string;
  readonly measured: number;
  readonly pass: boolean;
}

/** Every budget that applies at the result's size, measured and judged (a measurement that could not be taken fails). */
export function checkBudgets(result: BudgetInput): BudgetCheck[] {
  const applies = (budget: Budget) => budget.atSize === undefined || budget.atSize === result.size;
  return BUDGETS.filter(applies).map(({ name, limit, unit, measured }) => {
    const value = measured(result);
    return { name, limit, unit, measured: value, pass: Number.isFinite(value) && value <= limit };
  });
}
