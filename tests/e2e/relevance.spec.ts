import { expect, test } from "@playwright/test";
import { KIND_FLOOR, SUCCESS_AT_10_FLOOR } from "../../bench/relevance-floors.ts";
import { aggregateByKind, queryMetrics } from "../../bench/relevance-metrics.ts";
import { searchOnPage } from "../../bench/relevance-page.ts";
import { judgementProblems, loadJudgedQueries } from "../../bench/relevance-queries.ts";
import { sampleCatalogue } from "./catalogue.ts";

/**
 * The judged query set (bench/relevance/queries.json) through the real search
 * page, as `npm run bench:relevance` runs it: success@10 may not fall below the
 * ratchets in bench/relevance-floors.ts, overall or for any kind of query.
 */

test("every judgement names an active sample course", async () => {
  const queries = await loadJudgedQueries();
  const { courses } = await sampleCatalogue();
  const active = new Set(courses.filter(({ data }) => data.status === "active").map(({ data }) => data.id));
  expect(judgementProblems(queries, active)).toEqual([]);
});

test("judged queries find a relevant course in the first ten results, no less often than before", async ({ page }) => {
  // One page load and search per query, one after another: about 0.5 s each on a busy 2-core machine.
  test.setTimeout(120_000);
  const queries = await loadJudgedQueries();
  const measured = [];
  const missed: string[] = [];
  for (const query of queries) {
    const { ids } = await searchOnPage(page, "/", query.query);
    const metrics = queryMetrics(ids, query.relevant);
    measured.push({ kind: query.kind, metrics });
    if (!metrics.successAt10) missed.push(`${query.id} “${query.query}”: ${ids.join(", ") || "no results"}`);
  }
  const { byKind, overall } = aggregateByKind(measured);
  const reached = Object.fromEntries(Object.entries(byKind).map(([kind, m]) => [kind, m.successAt10]));
  // Printed on every run, so a ratchet can be raised to what search now reaches.
  console.log(`relevance: success@10 ${overall.successAt10.toFixed(3)} overall; by kind ${JSON.stringify(reached)}`);
  // What is printed when a floor is missed: the figures and the queries without a relevant course in the first ten.
  const context = `success@10 ${overall.successAt10.toFixed(3)} overall; by kind ${JSON.stringify(reached)}\nmissed:\n${missed.join("\n")}`;
  expect(overall.successAt10, context).toBeGreaterThanOrEqual(SUCCESS_AT_10_FLOOR);
  for (const [kind, floor] of Object.entries(KIND_FLOOR))
    expect(byKind[kind as keyof typeof byKind]?.successAt10 ?? 0, `${kind}: ${context}`).toBeGreaterThanOrEqual(floor);
});
