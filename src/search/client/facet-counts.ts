/** For each filter and value, a number of courses. */
export type Counts = Record<string, Record<string, number>>;

/**
 * One filter's values, each with what has it, ascending: page numbers of
 * courses for a course filter (theme), run numbers for a run filter (cost),
 * whose values belong to each run rather than to the course.
 */
export interface FilterSets {
  readonly unit: "page" | "run";
  readonly values: ReadonlyMap<string, Uint32Array>;
}

/**
 * The runs of every page, numbered in page order: page p's runs are numbers
 * `firstRun[p]` to `firstRun[p + 1] - 1`, soonest first. Every page has at least
 * one (a course with no run to join has one that stands for "no dates").
 */
export interface RunIndex {
  /** The first run number of each page, then the number of runs: one longer than the pages. */
  readonly firstRun: Uint32Array;
}

/** A condition on runs that is not a filter's ticked values, such as "within 10 miles of Bolton". */
export interface RunCondition {
  /** What the page calls it, for "without this" suggestions. */
  readonly key: string;
  /** For each run number, 1 if the run meets it. */
  readonly keeps: Uint8Array;
}

/** The results a filter selection keeps, with the counts the filters show. */
export interface Tally {
  /** Positions, in the search's results, of those every filter in use keeps (their order kept). */
  readonly kept: number[];
  /**
   * For each kept result, the run that meets every run filter in use: its
   * place among its course's runs (0, the soonest, when no run filter is in use).
   */
  readonly runOf: number[];
  /**
   * For each loaded filter and value, how many courses the search would find
   * if that value were ticked: within a filter in use, OR with its other
   * ticked values, so counted without that filter but with all the others.
   * A course counts for a run filter's value when one of its runs has the
   * value and meets every other run filter in use.
   */
  readonly counts: Counts;
  /** For each filter and run condition in use, how many courses there would be without it. */
  readonly withoutFilter: Record<string, number>;
  /** Whether a run meets every run filter and condition in use (every run does when none is). */
  passes(run: number): boolean;
}

/** Which results are kept by some conditions, counted so that "all but one" can be asked cheaply. */
class Misses {
  readonly count: Uint8Array;
  readonly by: Int16Array;
  constructor(size: number) {
    this.count = new Uint8Array(size);
    this.by = new Int16Array(size).fill(-1);
  }
  miss(item: number, position: number) {
    this.count[item]!++;
    this.by[item] = position;
  }
  /** Kept by every condition but perhaps the one at `position` (-1: every condition). */
  keptWithout(item: number, position: number) {
    return this.count[item] === 0 || (this.count[item] === 1 && this.by[item] === position);
  }
}

/** The items that have at least one of the ticked values. */
function keptBy(sets: FilterSets, ticked: ReadonlySet<string>, size: number): Uint8Array {
  const kept = new Uint8Array(size);
  for (const value of ticked) for (const item of sets.values.get(value) ?? []) kept[item] = 1;
  return kept;
}

/**
 * Filters a search's results and counts every loaded filter. Course filters
 * keep courses; run filters keep runs, and a course is kept when one of its
 * runs meets every run filter in use, so "online" and "in the next 3 months"
 * find a course only when one run is both. Time grows with the results, the
 * courses and runs listed in the loaded filters, and the runs.
 *
 * @param resultPages the page number of each result, in the results' order
 * @param pageCount how many pages the index has
 * @param loaded the loaded filters' sets, which include every filter in use
 * @param selected the ticked values of each filter in use
 * @param runs the run index, needed when a run filter is loaded, and run conditions in use
 */
export function tally(
  resultPages: readonly number[],
  pageCount: number,
  loaded: ReadonlyMap<string, FilterSets>,
  selected: ReadonlyMap<string, ReadonlySet<string>>,
  runs?: { readonly index: RunIndex; readonly conditions?: readonly RunCondition[] },
): Tally {
  const setsOf = (key: string) => {
    const sets = loaded.get(key);
    if (!sets) throw new Error(`The "${key}" filter is in use but its data is not loaded`);
    return sets;
  };
  const inUse = [...selected.keys()];
  const pageFilters = inUse.filter((key) => setsOf(key).unit === "page");
  const runFilters = inUse.filter((key) => setsOf(key).unit === "run");
  const conditions = runs?.conditions ?? [];
  const needsRuns =
    runFilters.length > 0 || conditions.length > 0 || [...loaded.values()].some((s) => s.unit === "run");
  if (needsRuns && !runs) throw new Error("A run filter is loaded but the run index is not");
  const firstRun = runs?.index.firstRun ?? new Uint32Array(pageCount + 1);
  const runCount = firstRun[pageCount] ?? 0;

  // Runs: which run filters and conditions leave each one out (positions: run filters, then conditions).
  const runMisses = new Misses(runCount);
  runFilters.forEach((key, position) => {
    const kept = keptBy(setsOf(key), selected.get(key)!, runCount);
    for (let run = 0; run < runCount; run++) if (!kept[run]) runMisses.miss(run, position);
  });
  conditions.forEach(({ keeps }, at) => {
    for (let run = 0; run < runCount; run++) if (!keeps[run]) runMisses.miss(run, runFilters.length + at);
  });
  const runsInUse = runFilters.length + conditions.length > 0;
  const pageOfRun = new Uint32Array(runCount);
  if (needsRuns)
    for (let page = 0; page < pageCount; page++) pageOfRun.fill(page, firstRun[page]!, firstRun[page + 1]!);
  /** The first run of a page kept by every run filter and condition but perhaps the one at `position`, or -1. */
  const runKeptWithout = (page: number, position: number) => {
    for (let run = firstRun[page]!; run < firstRun[page + 1]!; run++)
      if (runMisses.keptWithout(run, position)) return run - firstRun[page]!;
    return -1;
  };

  // Pages: which course filters leave each found page out, and (at the last position) its runs.
  const found = new Uint8Array(pageCount);
  for (const page of resultPages) found[page] = 1;
  const pageMisses = new Misses(pageCount);
  pageFilters.forEach((key, position) => {
    const kept = keptBy(setsOf(key), selected.get(key)!, pageCount);
    for (const page of resultPages) if (!kept[page]) pageMisses.miss(page, position);
  });
  const RUNS = pageFilters.length;
  if (runsInUse) for (const page of resultPages) if (runKeptWithout(page, -1) < 0) pageMisses.miss(page, RUNS);
  const pageKeptWithout = (page: number, position: number) =>
    found[page] === 1 && pageMisses.keptWithout(page, position);

  const counts: Counts = {};
  const countedFor = new Int32Array(needsRuns ? pageCount : 0).fill(-1);
  let valueNumber = 0;
  for (const [key, sets] of loaded) {
    const byValue: Record<string, number> = {};
    if (sets.unit === "page") {
      const position = pageFilters.indexOf(key);
      for (const [value, pages] of sets.values) {
        let count = 0;
        for (const page of pages) if (pageKeptWithout(page, position)) count++;
        byValue[value] = count;
      }
    } else {
      const position = runFilters.indexOf(key);
      for (const [value, runNumbers] of sets.values) {
        let count = 0;
        valueNumber++;
        for (const run of runNumbers) {
          const page = pageOfRun[run]!;
          if (countedFor[page] === valueNumber || !pageKeptWithout(page, RUNS)) continue;
          if (!runMisses.keptWithout(run, position)) continue;
          countedFor[page] = valueNumber;
          count++;
        }
        byValue[value] = count;
      }
    }
    counts[key] = byValue;
  }

  const withoutFilter: Record<string, number> = {};
  pageFilters.forEach((key, position) => {
    withoutFilter[key] = resultPages.filter((page) => pageKeptWithout(page, position)).length;
  });
  [...runFilters, ...conditions.map(({ key }) => key)].forEach((key, position) => {
    withoutFilter[key] = resultPages.filter(
      (page) => pageKeptWithout(page, RUNS) && runKeptWithout(page, position) >= 0,
    ).length;
  });

  const kept: number[] = [];
  const runOf: number[] = [];
  resultPages.forEach((page, index) => {
    if (pageMisses.count[page] !== 0) return;
    kept.push(index);
    runOf.push(runsInUse ? runKeptWithout(page, -1) : 0);
  });
  return { kept, runOf, counts, withoutFilter, passes: (run) => runMisses.keptWithout(run, -1) };
}
