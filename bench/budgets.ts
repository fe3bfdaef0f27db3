/**
 * The performance budgets (for 10,000 courses on a 2-core machine, served on
 * localhost, unless a budget names another size) and how each is read from a
 * size's results. What grows with the catalogue has a budget per size; what
 * should not (a page, a script) has one for every size. Pure, so it is unit-tested.
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
    pageLoad: { searchRaw: { p50: number } };
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
   * Which catalogue sizes it is judged at: `atSize` alone, or, for a budget set for 10,000 courses
   * on what grows with the catalogue (`grows`), every size up to 10,000; otherwise every size measured.
   */
  readonly atSize?: number;
  /** Set for 10,000 courses on something that grows with the catalogue, so judged only up to that size. */
  readonly grows?: true;
  readonly measured: (result: BudgetInput) => number;
}

export const KB = 1024;

/** The catalogue size the budgets without a size of their own are set for. */
const BUDGETED_SIZE = 10_000;

const buildSeconds = (r: BudgetInput) => r.build?.wallSeconds ?? Number.NaN;
const buildPeakMb = (r: BudgetInput) => r.build?.peakMemoryMb.tree ?? Number.NaN;
const worstFirstQuery = (r: BudgetInput) => Math.max(...r.search.firstQueryTyped.perQuery.map((q) => q.searchRaw));

export const BUDGETS: readonly Budget[] = [
  { name: "Full build", limit: 60, unit: "s", grows: true, measured: buildSeconds },
  { name: "Build peak memory (process tree)", limit: 2048, unit: "MB", grows: true, measured: buildPeakMb },
  { name: "Files in dist/", limit: 20_000, unit: "files", grows: true, measured: (r) => r.dist.files },
  {
    name: "First results after typing on an idle page, p50",
    limit: 300,
    unit: "ms",
    measured: (r) => r.search.firstQueryTyped.all.ms.p50,
  },
  { name: "Next query, p50", limit: 100, unit: "ms", grows: true, measured: (r) => r.search.nextQuery.all.ms.p50 },
  {
    name: "Query from a link, cold (navigation to results), p50",
    limit: 600,
    unit: "ms",
    grows: true,
    measured: (r) => r.search.fromLink.all.ms.p50,
  },
  { name: "Next query, p95", limit: 250, unit: "ms", grows: true, measured: (r) => r.search.nextQuery.all.ms.p95 },
  {
    name: "Search bytes for a first query, worst query (raw)",
    limit: 250 * KB,
    unit: "bytes",
    grows: true,
    measured: worstFirstQuery,
  },
  {
    name: "Search bytes for a first query ÷ the baseline's bytes",
    limit: 0.05,
    unit: "ratio",
    measured: (r) => worstFirstQuery(r) / r.baseline.fromLink.all.raw.p50,
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
  // Issue 24's budgets for a national catalogue of 50,000 courses on the same 2-core machine.
  { name: "Full build, 50,000 courses", limit: 180, unit: "s", atSize: 50_000, measured: buildSeconds },
  {
    name: "Build peak memory (process tree), 50,000 courses",
    limit: 4096,
    unit: "MB",
    atSize: 50_000,
    measured: buildPeakMb,
  },
  {
    name: "Search bytes for a first query, worst query (raw), 50,000 courses",
    limit: 300 * KB,
    unit: "bytes",
    atSize: 50_000,
    measured: worstFirstQuery,
  },
  {
    name: "Search bytes for browsing every course (raw), 50,000 courses",
    limit: 300 * KB,
    unit: "bytes",
    atSize: 50_000,
    measured: (r) => r.search.pageLoad.searchRaw.p50,
  },
  // "No worse than today's": issue 24's figures at 50,000 courses on main 1d74d9e.
  {
    name: "Next query, p50, 50,000 courses",
    limit: 76,
    unit: "ms",
    atSize: 50_000,
    measured: (r) => r.search.nextQuery.all.ms.p50,
  },
  {
    name: "Query from a link, cold, p50, 50,000 courses",
    limit: 831,
    unit: "ms",
    atSize: 50_000,
    measured: (r) => r.search.fromLink.all.ms.p50,
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
  const applies = (budget: Budget) =>
    budget.atSize !== undefined ? budget.atSize === result.size : !budget.grows || result.size <= BUDGETED_SIZE;
  return BUDGETS.filter(applies).map(({ name, limit, unit, measured }) => {
    const value = measured(result);
    return { name, limit, unit, measured: value, pass: Number.isFinite(value) && value <= limit };
  });
}
