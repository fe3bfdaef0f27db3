#!/usr/bin/env node
/**
 * node bench/relevance-whole-description.ts
 * Success@10 and recall@10 on the judged query set for a MiniSearch index of each course's
 * whole description (with the text the site searches), against the same baseline over the
 * site's text only: what indexing the whole description would recover, to set beside the
 * site's own figures in bench/results/relevance.md. Prints a table; writes nothing.
 */
import { searchText } from "../src/search/record.ts";
import { miniSearchBaseline, sampleCatalogue, searchableCourses } from "./relevance-baseline.ts";
import { aggregateByKind, queryMetrics } from "./relevance-metrics.ts";
import { loadJudgedQueries } from "./relevance-queries.ts";

const courses = searchableCourses(await sampleCatalogue());
const engines = {
  "whole description": miniSearchBaseline(courses, ({ entry, body }) => `${searchText(entry, body)}\n${body}`),
  "the site's text": miniSearchBaseline(courses),
};
const queries = await loadJudgedQueries();
console.log("| MiniSearch over | Kind | Success@10 | Recall@10 |\n| --- | --- | --: | --: |");
for (const [name, search] of Object.entries(engines)) {
  const { byKind, overall } = aggregateByKind(
    queries.map((query) => ({ kind: query.kind, metrics: queryMetrics(search(query.query), query.relevant) })),
  );
  for (const [kind, figures] of [...Object.entries(byKind), ["overall", overall] as const])
    console.log(`| ${name} | ${kind} | ${figures.successAt10.toFixed(2)} | ${figures.recallAt10.toFixed(2)} |`);
}
