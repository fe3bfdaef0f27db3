/**
 * `npm run bench:relevance`: how well search finds what people look for.
 * Builds the sample catalogue, serves it, and runs every judged query
 * (bench/relevance/queries.json) through the real search page in headless
 * Chromium, and through a MiniSearch baseline over the same courses; reports
 * success@10, recall@10 and MRR per kind of query for both. Writes
 * bench/results/relevance.json and relevance.md and prints the summary table.
 *
 *   npm run bench:relevance
 *   npm run bench:relevance -- --dist dist          measure a site already built (no build)
 *   npm run bench:relevance -- --queries my.json    another judged query set
 *   npm run bench:relevance -- --depth 10           read only the first ten results (MRR within ten)
 *
 * The build goes to a scratch folder (BENCH_DIR, default the system temp
 * folder), so dist/ and a browser test running on it are left alone.
 */
import { spawn } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { todayIso } from "../src/domain/dates.ts";
import { chromiumPath } from "../tests/e2e/chromium-path.mjs";
import { launch } from "./browser.ts";
import {
  BASELINE_FIELDS,
  BASELINE_SEARCH,
  miniSearchBaseline,
  sampleCatalogue,
  searchableCourses,
} from "./relevance-baseline.ts";
import { KIND_FLOOR, SUCCESS_AT_10_FLOOR } from "./relevance-floors.ts";
import { aggregateByKind, queryMetrics } from "./relevance-metrics.ts";
import { searchOnPage } from "./relevance-page.ts";
import { judgementProblems, loadJudgedQueries, QUERIES_FILE } from "./relevance-queries.ts";
import { relevanceMarkdown, summaryTable, type EngineAnswer, type RelevanceReport } from "./relevance-report.ts";
import { serve } from "./serve.ts";

const root = path.resolve(import.meta.dirname, "..");
const { values: flags } = parseArgs({
  options: {
    queries: { type: "string", default: QUERIES_FILE },
    dist: { type: "string" },
    depth: { type: "string", default: "30" },
    port: { type: "string", default: "4470" },
    out: { type: "string", default: path.join(root, "bench", "results") },
  },
});
const depth = Number(flags.depth);
if (!Number.isInteger(depth) || depth < 10) throw new Error("--depth must be a whole number of at least 10");
const scratch = path.join(process.env.BENCH_DIR ?? os.tmpdir(), "nw-course-finder-relevance");
const asOf = todayIso();
const log = (message: string) => console.log(`[relevance ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** `npm run build` into `outDir`, with a cache of its own; throws with the build's output if it fails. */
async function build(outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const child = spawn("npm", ["run", "build", "--", "--outDir", outDir], {
    cwd: root,
    env: { ...process.env, CATALOGUE_CACHE_DIR: path.join(scratch, "cache"), CATALOGUE_AS_OF: asOf },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`The build failed (exit ${code}):\n${output.slice(-4000)}`);
}

/** An engine's answer for one query, from its ranked ids (as deep as were read). */
function answer(total: number, ranked: readonly string[], relevant: readonly string[]): EngineAnswer {
  const wanted = new Set(relevant);
  const index = ranked.findIndex((id) => wanted.has(id));
  return {
    total,
    top10: ranked.slice(0, 10),
    firstRelevantRank: index < 0 ? null : index + 1,
    metrics: queryMetrics(ranked, relevant),
  };
}

const started = performance.now();
const queriesFile = path.resolve(flags.queries);
const queries = await loadJudgedQueries(queriesFile);
const catalogue = await sampleCatalogue(asOf);
const courses = searchableCourses(catalogue);
const problems = judgementProblems(queries, new Set(courses.map(({ id }) => id)));
for (const problem of problems) console.warn(`warning: ${problem}`);

let distDir = flags.dist ? path.resolve(flags.dist) : path.join(scratch, "dist");
if (flags.dist) log(`measuring the site already built in ${path.relative(root, distDir) || distDir}`);
else {
  await mkdir(scratch, { recursive: true });
  log(`building the sample catalogue (${courses.length} active courses) into ${distDir}`);
  await build(distDir);
}
distDir = path.resolve(distDir);

const port = Number(flags.port);
const server = await serve(distDir, port);
const browser = await launch(chromiumPath());
const base = `http://127.0.0.1:${port}/`;
const baseline = miniSearchBaseline(courses);
const outcomes: RelevanceReport["queries"][number][] = [];
try {
  const page = await (await browser.newContext()).newPage();
  log(`running ${queries.length} judged queries through the search page and the baseline`);
  for (const query of queries) {
    const site = await searchOnPage(page, base, query.query, { depth });
    const found = baseline(query.query);
    outcomes.push({
      id: query.id,
      kind: query.kind,
      query: query.query,
      relevant: query.relevant,
      site: answer(site.total, site.ids, query.relevant),
      baseline: answer(found.length, found.slice(0, depth), query.relevant),
    });
  }
} finally {
  await browser.close();
  server.close();
}

const report: RelevanceReport = {
  date: new Date().toISOString(),
  durationSeconds: Math.round((performance.now() - started) / 1000),
  command: ["npm run bench:relevance", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" "),
  asOf,
  queriesFile: queriesFile.startsWith(root + path.sep) ? path.relative(root, queriesFile) : queriesFile,
  searchableCourses: courses.length,
  depth,
  baselineEngine: {
    library: "MiniSearch",
    fields: BASELINE_FIELDS,
    options: BASELINE_SEARCH,
  },
  floors: { overall: SUCCESS_AT_10_FLOOR, byKind: KIND_FLOOR },
  judgementProblems: problems,
  site: aggregateByKind(outcomes.map(({ kind, site }) => ({ kind, metrics: site.metrics }))),
  baseline: aggregateByKind(outcomes.map(({ kind, baseline: b }) => ({ kind, metrics: b.metrics }))),
  queries: outcomes,
};
await mkdir(flags.out, { recursive: true });
await writeFile(path.join(flags.out, "relevance.json"), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(path.join(flags.out, "relevance.md"), relevanceMarkdown(report));
console.log(`\n${summaryTable(report)}\n`);
const failed = outcomes.filter(({ site }) => site.metrics.successAt10 === 0).length;
log(`the site fails ${failed} of ${outcomes.length} queries; written ${path.join(flags.out, "relevance.{json,md}")}`);
