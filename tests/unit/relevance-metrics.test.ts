import { describe, expect, it } from "vitest";
import {
  aggregate,
  aggregateByKind,
  floorTo2,
  queryMetrics,
  recallAt10,
  reciprocalRank,
  successAt10,
} from "../../bench/relevance-metrics.ts";
import { courseIdOf, searchUrl } from "../../bench/relevance-page.ts";
import { judgementProblems } from "../../bench/relevance-queries.ts";

/** Ranked ids c1, c2, … cN. */
const ranked = (n: number) => Array.from({ length: n }, (_, index) => `c${index + 1}`);

describe("success@10", () => {
  it("is 1 when a relevant course is among the first ten, wherever it is", () => {
    expect(successAt10(ranked(20), ["c1"])).toBe(1);
    expect(successAt10(ranked(20), ["c10"])).toBe(1);
    expect(successAt10(ranked(20), ["missing", "c7"])).toBe(1);
  });

  it("is 0 when the first relevant course is eleventh or later, or absent", () => {
    expect(successAt10(ranked(20), ["c11"])).toBe(0);
    expect(successAt10(ranked(20), ["missing"])).toBe(0);
    expect(successAt10([], ["c1"])).toBe(0);
  });
});

describe("recall@10", () => {
  it("is the share of the relevant courses found among the first ten", () => {
    expect(recallAt10(ranked(20), ["c1", "c2"])).toBe(1);
    expect(recallAt10(ranked(20), ["c1", "c15"])).toBe(0.5);
    expect(recallAt10(ranked(20), ["c3", "c11", "c12", "missing"])).toBe(0.25);
    expect(recallAt10(ranked(20), ["c11"])).toBe(0);
  });

  it("counts a course listed twice once, and never exceeds 1", () => {
    expect(recallAt10(["c1", "c1", "c2"], ["c1"])).toBe(1);
    expect(recallAt10(["c1", "c1", "c2"], ["c1", "c3"])).toBe(0.5);
    expect(recallAt10(["c1"], ["c1", "c1"])).toBe(1);
  });

  it("is 0 with no relevant courses, or no results", () => {
    expect(recallAt10(ranked(5), [])).toBe(0);
    expect(recallAt10([], ["c1"])).toBe(0);
  });
});

describe("reciprocal rank", () => {
  it("is 1 / the rank of the first relevant result, however deep", () => {
    expect(reciprocalRank(ranked(30), ["c1"])).toBe(1);
    expect(reciprocalRank(ranked(30), ["c4", "c2"])).toBe(0.5);
    expect(reciprocalRank(ranked(30), ["c25"])).toBe(1 / 25);
  });

  it("is 0 when no result is relevant", () => {
    expect(reciprocalRank(ranked(30), ["missing"])).toBe(0);
    expect(reciprocalRank([], ["c1"])).toBe(0);
    expect(reciprocalRank(ranked(3), [])).toBe(0);
  });

  it("comes with the other measures for one query", () => {
    expect(queryMetrics(ranked(20), ["c2", "c12"])).toEqual({ successAt10: 1, recallAt10: 0.5, reciprocalRank: 0.5 });
    expect(queryMetrics(["x", "y"], ["c1"])).toEqual({ successAt10: 0, recallAt10: 0, reciprocalRank: 0 });
  });
});

describe("aggregation", () => {
  const hit = { successAt10: 1, recallAt10: 1, reciprocalRank: 1 };
  const half = { successAt10: 1, recallAt10: 0.5, reciprocalRank: 0.25 };
  const miss = { successAt10: 0, recallAt10: 0, reciprocalRank: 0 };

  it("takes the mean of each measure", () => {
    expect(aggregate([hit, half, miss, miss])).toEqual({
      queries: 4,
      successAt10: 0.5,
      recallAt10: 0.375,
      mrr: 0.3125,
    });
    expect(aggregate([])).toEqual({ queries: 0, successAt10: 0, recallAt10: 0, mrr: 0 });
  });

  it("averages each kind over its own queries and overall over every query", () => {
    const { byKind, overall } = aggregateByKind([
      { kind: "plain", metrics: hit },
      { kind: "typo", metrics: miss },
      { kind: "plain", metrics: half },
      { kind: "plain", metrics: miss },
    ]);
    expect(Object.keys(byKind)).toEqual(["plain", "typo"]);
    expect(byKind.plain).toEqual({ queries: 3, successAt10: 2 / 3, recallAt10: 0.5, mrr: 1.25 / 3 });
    expect(byKind.typo).toEqual({ queries: 1, successAt10: 0, recallAt10: 0, mrr: 0 });
    expect(overall).toEqual({ queries: 4, successAt10: 0.5, recallAt10: 0.375, mrr: 0.3125 });
  });

  it("rounds a floor down to two decimals, never above what was reached", () => {
    expect(floorTo2(2 / 3)).toBe(0.66);
    expect(floorTo2(0.29)).toBe(0.29);
    expect(floorTo2(0.57)).toBe(0.57);
    expect(floorTo2(1)).toBe(1);
    expect(floorTo2(0)).toBe(0);
    expect(floorTo2(0.999)).toBe(0.99);
  });
});

describe("reading the search page and the judgements", () => {
  it("takes the course id from a result link under any base path", () => {
    expect(courseIdOf("http://127.0.0.1:4399/courses/dementia-care-together/")).toBe("dementia-care-together");
    expect(courseIdOf("/course-finder/courses/leading-integrated-teams/")).toBe("leading-integrated-teams");
    expect(courseIdOf("/courses/a-course/?from=search")).toBe("a-course");
    expect(courseIdOf("/providers/liver-quays-university/")).toBeUndefined();
  });

  it("puts the query in the search page's q parameter", () => {
    expect(searchUrl("/", "end of life")).toBe("/search/?q=end+of+life");
    expect(searchUrl("http://127.0.0.1:4470/", "A&E")).toBe("http://127.0.0.1:4470/search/?q=A%26E");
  });

  it("names judgements that search cannot meet", () => {
    const queries = [
      { id: "plain-01", kind: "plain" as const, query: "dementia", relevant: ["dementia-care-together", "gone"] },
    ];
    expect(judgementProblems(queries, new Set(["dementia-care-together"]))).toEqual([
      'plain-01: "gone" is not an active course in the sample catalogue',
    ]);
    expect(judgementProblems(queries, new Set(["dementia-care-together", "gone"]))).toEqual([]);
  });
});
