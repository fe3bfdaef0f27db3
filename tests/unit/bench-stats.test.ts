import { describe, expect, it } from "vitest";
import { checkBudgets, KB, type BudgetInput } from "../../bench/budgets.ts";
import { descendants } from "../../bench/build.ts";
import { queryString, QUERIES } from "../../bench/queries.ts";
import { formatBytes, hostsThatFit, percentile, ratio, summary } from "../../bench/stats.ts";

/** A size's results with nothing much in them, for budgets that read one figure. */
const emptyResult: BudgetInput = {
  size: 10_000,
  build: undefined,
  dist: {
    files: 0,
    coursePage: { gzipMax: 0, gzipP50: 0, scripts: 0, scriptGzip: 0 },
    searchScriptGzip: 0,
    placeSearchGzip: { gazetteer: 0, runPlaces: 0, runIndex: 0 },
    largestPage: { page: "/", gzip: 0 },
  },
  search: {
    pageLoad: { searchRaw: { p50: 0 } },
    firstQueryTyped: { all: { ms: { p50: 0 } }, perQuery: [] },
    fromLink: { all: { ms: { p50: 0 } } },
    nextQuery: { all: { ms: { p50: 0, p95: 0 } } },
  },
  baseline: { fromLink: { all: { raw: { p50: 1 } } } },
};

describe("benchmark statistics", () => {
  it("takes nearest-rank percentiles", () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
    expect(summary([3, 1, 2])).toEqual({ n: 3, p50: 2, p95: 3, min: 1, max: 3 });
  });

  it("rounds ratios and formats bytes", () => {
    expect(ratio(1, 3)).toBe(0.333);
    expect(ratio(1, 0)).toBeNaN();
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MB");
  });

  it("says which hosts take a site of so many files and bytes", () => {
    expect(hostsThatFit(19_999, 10 * 1024 ** 2)).toContain("Cloudflare Pages (free plan)");
    expect(hostsThatFit(20_001, 10 * 1024 ** 2)).not.toContain("Cloudflare Pages (free plan)");
    expect(hostsThatFit(50_000, 2 * 1024 ** 3)).not.toContain("GitHub Pages");
    // One file over 25 MiB (the whole-catalogue feeds at 10,000 courses) rules Cloudflare out.
    expect(hostsThatFit(16_370, 615 * 1024 ** 2, 53 * 1024 ** 2)).toEqual([
      "GitHub Pages",
      "Own web server or object storage (nginx, Apache, S3 and the like)",
    ]);
  });

  it("finds a build's whole process tree", () => {
    const processes = [
      { pid: 1, ppid: 0 },
      { pid: 10, ppid: 1 },
      { pid: 11, ppid: 10 },
      { pid: 12, ppid: 11 },
      { pid: 20, ppid: 1 },
    ];
    expect([...descendants(processes, 10)].sort()).toEqual([10, 11, 12]);
  });

  it("writes each query as the search page's own link", () => {
    const mixed = QUERIES.find((query) => query.kind === "term+facets")!;
    expect(queryString(mixed)).toBe("?q=assessment&theme=communication&credit=credit-rated");
    expect(queryString(QUERIES.find((query) => query.kind === "browse")!)).toBe("");
  });

  it("judges every budget, and fails one it could not measure", () => {
    const result: BudgetInput = {
      size: 10_000,
      build: { wallSeconds: 59, peakMemoryMb: { tree: 2049 } },
      dist: {
        files: 20_000,
        coursePage: { gzipMax: 31 * KB, gzipP50: 10 * KB, scripts: 10_000, scriptGzip: 2 * KB },
        searchScriptGzip: 5 * KB,
        placeSearchGzip: { gazetteer: 75 * KB, runPlaces: 40 * KB, runIndex: 5 * KB },
        largestPage: { page: "/courses/", gzip: 201 * KB },
      },
      search: {
        pageLoad: { searchRaw: { p50: 150 * KB } },
        firstQueryTyped: {
          all: { ms: { p50: Number.NaN } },
          perQuery: [{ searchRaw: 100 * KB }, { searchRaw: 200 * KB }],
        },
        fromLink: { all: { ms: { p50: 601 } } },
        nextQuery: { all: { ms: { p50: 90, p95: 260 } } },
      },
      baseline: { fromLink: { all: { raw: { p50: 4000 * KB } } } },
    };
    const verdicts = Object.fromEntries(checkBudgets(result).map((check) => [check.name, check.pass]));
    expect(verdicts).toEqual({
      "Full build": true,
      "Build peak memory (process tree)": false,
      "Files in dist/": true,
      "First results after typing on an idle page, p50": false,
      "Next query, p50": true,
      "Query from a link, cold (navigation to results), p50": false,
      "Next query, p95": false,
      "Search bytes for a first query, worst query (raw)": true,
      "Search bytes for a first query ÷ the baseline's bytes": true,
      "Course page, largest (gzip)": false,
      "Any page, largest (gzip)": false,
      "Script a course page loads (gzip, largest)": false,
      "Our search script (gzip)": true,
      "Bytes a search near a place loads (gzip)": true,
    });
  });

  it("judges a budget set for one size only at that size", () => {
    const named = "Validate, one file changed (warm cache), 50,000 courses";
    const at = (size: number, oneChangedSeconds: number) =>
      checkBudgets({ ...emptyResult, size, validate: { coldSeconds: 40, oneChangedSeconds } }).find(
        (check) => check.name === named,
      );
    expect(at(10_000, 4)).toBeUndefined();
    expect(at(50_000, 9.9)?.pass).toBe(true);
    expect(at(50_000, 10.1)?.pass).toBe(false);
    expect(checkBudgets({ ...emptyResult, size: 50_000 }).find((check) => check.name === named)?.pass).toBe(false);
    // The 10,000-course budgets on what grows with the catalogue are judged at smaller sizes too, not larger.
    expect(checkBudgets({ ...emptyResult, size: 1_000 }).map((check) => check.name)).toContain("Full build");
    const at50000 = checkBudgets({ ...emptyResult, size: 50_000 }).map((check) => check.name);
    expect(at50000).not.toContain("Full build");
    expect(at50000).toContain("Full build, 50,000 courses");
    expect(at50000).toContain("Search bytes for browsing every course (raw), 50,000 courses");
    // What should not grow (a page, a script) is judged at every size.
    expect(at50000).toContain("Any page, largest (gzip)");
  });
});
