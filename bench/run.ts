/**
 * `npm run bench`: builds synthetic catalogues and measures the build, the
 * output and search in headless Chromium, against a one-JSON-file MiniSearch
 * baseline. Writes bench/results/latest.json and latest.md.
 *
 *   npm run bench                      sizes 1,000 and 10,000
 *   npm run bench -- --sizes 2000      any sizes
 *   npm run bench -- --large           adds 50,000
 *   npm run bench -- --smoke           1,000 only, one round (CI)
 *   npm run bench -- --rounds 5        cold and warm rounds per query (default 3)
 *   npm run bench -- --rebuild-up-to 1000   time the one-entry rebuild only up to this size
 *   npm run bench -- --skip-build      measure an earlier run's scratch output again (no build figures)
 *
 * Scratch files go to BENCH_DIR (default: the system temp folder); content/ is only read.
 */
import { spawn } from "node:child_process";
import { readFile, appendFile, mkdir, rm, writeFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { assembleCatalogue } from "../src/catalogue/catalogue.ts";
import { searchRecords } from "../src/integrations/search-index.ts";
import { validateCatalogue } from "../src/validator/node/validate-catalogue.ts";
import { writeBaseline } from "./baseline.ts";
import { coldLinked, coldTyped, launch, warmNext, type Sample } from "./browser.ts";
import { measureBuild, type BuildMeasurement } from "./build.ts";
import { measureDist, type DistMeasurement } from "./dist.ts";
import { generateCatalogue, writeCatalogueFiles } from "./generate.ts";
import { QUERIES } from "./queries.ts";
import { markdownReport } from "./report.ts";
import { serve, Traffic } from "./serve.ts";
import { summary } from "./stats.ts";

const AS_OF = "2026-11-25";
const root = process.cwd();
const { values: flags } = parseArgs({
  options: {
    sizes: { type: "string" },
    large: { type: "boolean", default: false },
    smoke: { type: "boolean", default: false },
    rounds: { type: "string" },
    "rebuild-up-to": { type: "string" },
    "skip-build": { type: "boolean", default: false },
    port: { type: "string", default: "4460" },
    out: { type: "string", default: path.join(root, "bench", "results") },
  },
});
const sizes = flags.smoke
  ? [1000]
  : [...(flags.sizes ?? "1000,10000").split(",").map(Number), ...(flags.large ? [50_000] : [])];
const rounds = Number(flags.rounds ?? (flags.smoke ? 1 : 3));
// The smoke test keeps to a couple of minutes: one query of each kind, and no rebuild.
const queries = flags.smoke
  ? QUERIES.filter((query, index) => QUERIES.findIndex((other) => other.kind === query.kind) === index)
  : QUERIES;
const port = Number(flags.port);
const scratch = process.env.BENCH_DIR ?? path.join(os.tmpdir(), "nw-course-finder-bench");

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const load = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

type Measured = Pick<Sample, "ms" | "sent" | "raw" | "searchSent" | "searchRaw">;

/** Time and bytes over a set of samples, each as p50/p95. */
function summaries(samples: readonly Measured[]) {
  return {
    ms: summary(samples.map((s) => s.ms)),
    sent: summary(samples.map((s) => s.sent)),
    raw: summary(samples.map((s) => s.raw)),
    searchSent: summary(samples.map((s) => s.searchSent)),
    searchRaw: summary(samples.map((s) => s.searchRaw)),
  };
}

/** Per-query summaries: time p50/p95 and median bytes. */
function bySample(samples: readonly Sample[]) {
  const names = [...new Set(samples.map((sample) => sample.query))];
  return {
    all: summaries(samples),
    perQuery: names.map((name) => {
      const mine = samples.filter((sample) => sample.query === name);
      return {
        query: name,
        ms: summary(mine.map((s) => s.ms)),
        sent: summary(mine.map((s) => s.sent)).p50,
        raw: summary(mine.map((s) => s.raw)).p50,
        searchSent: summary(mine.map((s) => s.searchSent)).p50,
        searchRaw: summary(mine.map((s) => s.searchRaw)).p50,
      };
    }),
  };
}

async function packageVersion(name: string): Promise<string> {
  try {
    const json = JSON.parse(await readFile(path.join(root, "node_modules", name, "package.json"), "utf8")) as {
      version: string;
    };
    return json.version;
  } catch {
    return "unknown";
  }
}

interface ValidateMeasurement {
  readonly coldSeconds: number;
  readonly oneChangedSeconds: number;
}

/** Wall seconds of `npm run validate` on a catalogue, as a contributor runs it (a process of its own). */
async function timeValidate(contentDir: string, cacheDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(
    "npm",
    ["run", "--silent", "validate", "--", "--content", contentDir, "--as-of", AS_OF, "--cache-dir", cacheDir],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`npm run validate found errors in the generated catalogue (exit code ${code})`);
  return Math.round(((performance.now() - started) / 1000) * 10) / 10;
}

async function benchSize(size: number, browser: Awaited<ReturnType<typeof launch>>) {
  const contentDir = path.join(scratch, `content-${size}`);
  const cacheDir = path.join(scratch, `cache-${size}`);
  const distDir = path.join(scratch, `dist-${size}`);
  const baselineDir = path.join(scratch, `baseline-${size}`);
  const files = await generateCatalogue(size, { templatesDir: path.join(root, "content") });
  const env = { CATALOGUE_CONTENT_DIR: contentDir, CATALOGUE_CACHE_DIR: cacheDir, CATALOGUE_AS_OF: AS_OF };
  const loadBefore = load();
  let build: BuildMeasurement | undefined;
  if (!flags["skip-build"]) {
    log(`${size}: generating the catalogue`);
    await writeCatalogueFiles(contentDir, files);
    await rm(cacheDir, { recursive: true, force: true });
    await rm(distDir, { recursive: true, force: true });
    log(`${size}: building (cold cache)`);
    build = await measureBuild({ cwd: root, outDir: distDir, env });
    if (!build.ok) {
      await writeFile(path.join(scratch, `build-${size}.log`), build.log);
      throw new Error(`The build of ${size} courses failed; see ${path.join(scratch, `build-${size}.log`)}`);
    }
    log(`${size}: built in ${build.wallSeconds} s; measuring the output`);
  }
  const dist: DistMeasurement = await measureDist(distDir, size);

  // Rebuild after changing one entry, what a provider's edit costs, as the Publish workflow builds: with
  // BUILD_REUSE=1, after a cold build that kept its pages for it (timed too: keeping them costs).
  let rebuild: BuildMeasurement | undefined;
  let keptBuild: BuildMeasurement | undefined;
  if (build && !flags.smoke && size <= Number(flags["rebuild-up-to"] ?? Infinity)) {
    const reuse = { ...env, BUILD_REUSE: "1" };
    await rm(cacheDir, { recursive: true, force: true });
    log(`${size}: building with BUILD_REUSE=1 (cold cache)`);
    keptBuild = await measureBuild({ cwd: root, outDir: distDir, env: reuse });
    const courseFile = files.find(({ file }) => file.startsWith("courses/"))!.file;
    await appendFile(path.join(contentDir, courseFile), "\nThis course now also covers shared care records.\n");
    log(`${size}: rebuilding with BUILD_REUSE=1 after changing ${courseFile}`);
    rebuild = await measureBuild({ cwd: root, outDir: distDir, env: reuse });
    for (const measured of [keptBuild, rebuild])
      if (!measured.ok)
        throw new Error(`A build of ${size} courses with BUILD_REUSE=1 failed:\n${measured.log.slice(-3000)}`);
  }

  // A contributor's pull request: `npm run validate` with a cold cache, then again after one file changes.
  let validate: ValidateMeasurement | undefined;
  if (build) {
    const cache = path.join(scratch, `validate-cache-${size}`);
    await rm(cache, { recursive: true, force: true });
    log(`${size}: validating (cold cache)`);
    const coldSeconds = await timeValidate(contentDir, cache);
    const courseFile = files.filter(({ file }) => file.startsWith("courses/")).at(-1)!.file;
    await appendFile(path.join(contentDir, courseFile), "\nThis course now also covers personalised care.\n");
    log(`${size}: validating after changing ${courseFile} (warm cache)`);
    validate = { coldSeconds, oneChangedSeconds: await timeValidate(contentDir, cache) };
  }

  if (build) {
    log(`${size}: writing the baseline`);
    const validation = await validateCatalogue({ contentDir, projectRoot: root, asOf: AS_OF });
    const catalogue = assembleCatalogue(validation, { asOf: AS_OF, generatedAt: new Date().toISOString() });
    await writeBaseline(searchRecords(catalogue, { asOf: AS_OF, base: "/" }), baselineDir);
  }
  const baselineFiles = await readdir(baselineDir);
  const { stat } = await import("node:fs/promises");
  const baselineBytes = Object.fromEntries(
    await Promise.all(baselineFiles.map(async (file) => [file, (await stat(path.join(baselineDir, file))).size])),
  ) as Record<string, number>;

  const siteTraffic = new Traffic();
  const baseTraffic = new Traffic();
  const siteServer = await serve(distDir, port, siteTraffic);
  const baseServer = await serve(baselineDir, port + 1, baseTraffic);
  const site = `http://127.0.0.1:${port}/search/`;
  const baseline = `http://127.0.0.1:${port + 1}/`;
  const typed: Sample[] = [];
  const next: Sample[] = [];
  const linked: Sample[] = [];
  const loads = [];
  const baseLinked: Sample[] = [];
  const basePrebuiltLinked: Sample[] = [];
  const baseNext: Sample[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      // Each round takes the queries in a different order, so no query always follows the same one.
      const order = queries.map((_, index) => queries[(index + round * 3) % queries.length]!);
      log(`${size}: browser round ${round + 1} of ${rounds}`);
      const cold = await coldTyped(browser, siteTraffic, site, order);
      typed.push(...cold.samples);
      loads.push(...cold.loads);
      next.push(...(await warmNext(browser, siteTraffic, site, order)));
      linked.push(...(await coldLinked(browser, siteTraffic, site, order)));
      baseNext.push(...(await warmNext(browser, baseTraffic, `${baseline}prebuilt.html`, order)));
      // The baseline's cold load barely depends on the query: fewer of them keep the run short.
      const few = order.filter((_, index) => index % 2 === round % 2);
      baseLinked.push(...(await coldLinked(browser, baseTraffic, `${baseline}index.html`, few)));
      basePrebuiltLinked.push(...(await coldLinked(browser, baseTraffic, `${baseline}prebuilt.html`, few)));
    }
  } finally {
    siteServer.close();
    baseServer.close();
  }
  return {
    size,
    loadAverage: { before: loadBefore, after: load() },
    build: build ? { ...build, log: undefined } : undefined,
    validate,
    rebuildAfterOneChange: rebuild ? { ...rebuild, log: undefined } : undefined,
    keepingBuild: keptBuild ? { ...keptBuild, log: undefined } : undefined,
    perCourse: build
      ? {
          buildMs: Math.round((build.wallSeconds / size) * 1000 * 100) / 100,
          renderMs: Math.round((build.phases.renderPages / size) * 1000 * 100) / 100,
          indexMs: Math.round((build.phases.searchIndex / size) * 1000 * 100) / 100,
        }
      : undefined,
    dist,
    search: {
      pageLoad: summaries(loads),
      firstQueryTyped: bySample(typed),
      nextQuery: bySample(next),
      fromLink: bySample(linked),
    },
    baseline: {
      files: baselineBytes,
      fromLink: bySample(baseLinked),
      fromLinkPrebuilt: bySample(basePrebuiltLinked),
      nextQueryPrebuilt: bySample(baseNext),
    },
  };
}

export type SizeResult = Awaited<ReturnType<typeof benchSize>>;

const browser = await launch();
const chromiumVersion = browser.version();
const started = new Date();
const results: SizeResult[] = [];

/** Writes the results so far, after each size, so a long run that stops still leaves its figures. */
async function writeResults(): Promise<void> {
  const report = {
    date: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      platform: `${os.platform()} ${os.release()}`,
      note: "Timings depend on what else the machine runs: each size's load average before and after shows it.",
    },
    versions: {
      node: process.version,
      chromium: chromiumVersion,
      astro: await packageVersion("astro"),
      pagefind: await packageVersion("pagefind"),
      minisearch: await packageVersion("minisearch"),
      playwright: await packageVersion("@playwright/test"),
    },
    rounds,
    queries,
    results,
  };
  await mkdir(flags.out, { recursive: true });
  const name = flags.smoke ? "smoke" : "latest";
  await writeFile(path.join(flags.out, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(flags.out, `${name}.md`), markdownReport(report));
  log(`wrote ${path.join(flags.out, `${name}.json`)} and ${name}.md`);
}

try {
  await mkdir(scratch, { recursive: true });
  for (const size of sizes) {
    results.push(await benchSize(size, browser));
    await writeResults();
  }
} finally {
  await browser.close();
}
