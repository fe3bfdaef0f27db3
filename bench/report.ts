/** The Markdown summary of a benchmark run (bench/results/latest.md). */
import { checkBudgets, type BudgetInput } from "./budgets.ts";
import { formatBytes, hostsThatFit, ratio } from "./stats.ts";

interface Summary {
  p50: number;
  p95: number;
}
interface QueryStats {
  all: { ms: Summary; sent: Summary; raw: Summary; searchSent: Summary; searchRaw: Summary };
  perQuery: { query: string; ms: Summary; sent: number; raw: number; searchSent: number; searchRaw: number }[];
}
interface SizeReport extends BudgetInput {
  size: number;
  loadAverage: { before: number[]; after: number[] };
  build:
    | {
        wallSeconds: number;
        phases: { startUp: number; validate: number; renderPages: number; searchIndex: number };
        peakMemoryMb: { tree: number; astro: number; pagefind: number };
      }
    | undefined;
  /** With BUILD_REUSE=1, after `keepingBuild`. */
  rebuildAfterOneChange: { wallSeconds: number } | undefined;
  /** A cold build with BUILD_REUSE=1, which keeps its course pages for the rebuild (missing from runs before it was measured). */
  keepingBuild?: { wallSeconds: number; peakMemoryMb: { tree: number } } | undefined;
  perCourse: { buildMs: number; renderMs: number; indexMs: number } | undefined;
  dist: BudgetInput["dist"] & {
    bytes: number;
    /** Missing from runs before it was measured. */
    largestFile?: { file: string; bytes: number };
    searchIndex: { files: number; bytes: number };
    coursePage: { rawP50: number };
    byFolder: { folder: string; files: number; bytes: number }[];
    filesPerCourse: number;
  };
  search: {
    pageLoad: { ms: Summary; sent: Summary; raw: Summary; searchRaw: Summary; searchSent: Summary };
    firstQueryTyped: QueryStats;
    nextQuery: QueryStats;
    fromLink: QueryStats;
  };
  baseline: {
    files: Record<string, number>;
    fromLink: QueryStats;
    fromLinkPrebuilt: QueryStats;
    nextQueryPrebuilt: QueryStats;
  };
}
export interface Report {
  date: string;
  durationSeconds: number;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; platform: string; note: string };
  versions: Record<string, string>;
  rounds: number;
  results: SizeReport[];
}

const ms = (value: number) => `${Math.round(value)} ms`;
const p = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)}`;
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

function formatValue(value: number, unit: string): string {
  if (unit === "bytes") return formatBytes(value);
  if (unit === "ratio") return value.toFixed(4);
  if (unit === "files" || unit === "pages") return value.toLocaleString("en-GB");
  return `${Math.round(value * 10) / 10} ${unit}`;
}

function sizeSection(r: SizeReport): string {
  const lines: string[] = [];
  const { build, dist, search, baseline } = r;
  lines.push(`## ${r.size.toLocaleString("en-GB")} courses`, "");
  lines.push(`Load average before/after: ${r.loadAverage.before.join(", ")} → ${r.loadAverage.after.join(", ")}`, "");
  lines.push("| Build and output | Measured |", "| --- | --- |");
  if (build && r.perCourse) {
    lines.push(row(["Full build (wall)", `${build.wallSeconds} s`]));
    lines.push(
      row([
        "… start-up (of which validation) / render pages / search index (written before the pages)",
        `${build.phases.startUp} s (${build.phases.validate} s) / ${build.phases.renderPages} s / ${build.phases.searchIndex} s`,
      ]),
    );
    lines.push(
      row([
        "… per course: build / render / index",
        `${r.perCourse.buildMs} ms / ${r.perCourse.renderMs} ms / ${r.perCourse.indexMs} ms`,
      ]),
    );
    lines.push(
      row([
        "Peak memory: process tree / largest Astro (Node) process / Pagefind",
        `${build.peakMemoryMb.tree} MB / ${build.peakMemoryMb.astro} MB / ${build.peakMemoryMb.pagefind} MB`,
      ]),
    );
  } else lines.push(row(["Build", "not measured (an earlier build's output was measured again)"]));
  lines.push(
    row([
      "With `BUILD_REUSE=1`: cold build (peak memory) / rebuild after changing one entry",
      r.rebuildAfterOneChange
        ? `${r.keepingBuild ? `${r.keepingBuild.wallSeconds} s (${r.keepingBuild.peakMemoryMb.tree} MB)` : "—"} / ${r.rebuildAfterOneChange.wallSeconds} s`
        : "not measured",
    ]),
  );
  lines.push(
    row([
      "`npm run validate`: cold cache / one file changed (warm cache)",
      r.validate ? `${r.validate.coldSeconds} s / ${r.validate.oneChangedSeconds} s` : "not measured",
    ]),
  );
  lines.push(row(["dist/ files / size", `${dist.files.toLocaleString("en-GB")} / ${formatBytes(dist.bytes)}`]));
  lines.push(row(["Files under courses/ per course", dist.filesPerCourse]));
  lines.push(
    row([
      "Search index (dist/pagefind) files / size",
      `${dist.searchIndex.files.toLocaleString("en-GB")} / ${formatBytes(dist.searchIndex.bytes)}`,
    ]),
  );
  lines.push(
    row([
      "Course page raw p50 / gzip p50 / gzip largest",
      `${formatBytes(dist.coursePage.rawP50)} / ${formatBytes(dist.coursePage.gzipP50)} / ${formatBytes(dist.coursePage.gzipMax)}`,
    ]),
  );
  lines.push(row(["Largest page (gzip)", `${formatBytes(dist.largestPage.gzip)}: ${dist.largestPage.page}`]));
  lines.push(
    row([
      "Course pages with JavaScript / most script one loads (gzip)",
      `${dist.coursePage.scripts} / ${formatBytes(dist.coursePage.scriptGzip)}`,
    ]),
  );
  lines.push(
    row(["Search page script (ours, with what it imports at once, gzip)", formatBytes(dist.searchScriptGzip)]),
  );
  const place = dist.placeSearchGzip;
  lines.push(
    row([
      "Search near a place loads (gzip): places / run places / run numbers",
      `${formatBytes(place.gazetteer + place.runPlaces + place.runIndex)}: ${formatBytes(place.gazetteer)} / ${formatBytes(place.runPlaces)} / ${formatBytes(place.runIndex)}`,
    ]),
  );
  if (dist.largestFile) {
    lines.push(row(["Largest file", `${formatBytes(dist.largestFile.bytes)}: ${dist.largestFile.file}`]));
  }
  lines.push(
    row([
      "Hosts the output fits",
      hostsThatFit(dist.files, dist.bytes, dist.largestFile?.bytes).join("; ") || "none listed",
    ]),
    "",
  );

  lines.push("| Search (p50 / p95) | This site | Baseline (MiniSearch, one JSON) | Ratio (site ÷ baseline, p50) |");
  lines.push("| --- | --- | --- | --- |");
  lines.push(row(["Search page load to first results (browse all)", p(search.pageLoad.ms), "—", "—"]));
  lines.push(row(["First query typed on an idle page", p(search.firstQueryTyped.all.ms), "—", "—"]));
  lines.push(
    row([
      "Query from a link, cold (navigation to results)",
      p(search.fromLink.all.ms),
      `${p(baseline.fromLink.all.ms)}; prebuilt index ${p(baseline.fromLinkPrebuilt.all.ms)}`,
      `${ratio(search.fromLink.all.ms.p50, baseline.fromLink.all.ms.p50)}; ${ratio(search.fromLink.all.ms.p50, baseline.fromLinkPrebuilt.all.ms.p50)}`,
    ]),
  );
  lines.push(
    row([
      "Next query, warm",
      p(search.nextQuery.all.ms),
      `prebuilt ${p(baseline.nextQueryPrebuilt.all.ms)}`,
      `${ratio(search.nextQuery.all.ms.p50, baseline.nextQueryPrebuilt.all.ms.p50)}`,
    ]),
  );
  lines.push(
    row([
      "Bytes, query from a link (everything, raw / on the wire)",
      `${formatBytes(search.fromLink.all.raw.p50)} / ${formatBytes(search.fromLink.all.sent.p50)}`,
      `${formatBytes(baseline.fromLink.all.raw.p50)} / ${formatBytes(baseline.fromLink.all.sent.p50)}; prebuilt ${formatBytes(baseline.fromLinkPrebuilt.all.raw.p50)} / ${formatBytes(baseline.fromLinkPrebuilt.all.sent.p50)}`,
      `${ratio(search.fromLink.all.raw.p50, baseline.fromLink.all.raw.p50)} raw; ${ratio(search.fromLink.all.sent.p50, baseline.fromLink.all.sent.p50)} wire`,
    ]),
  );
  lines.push(
    row([
      "Search bytes for a first query (search index files incl. the page load and, for words, the engine's load, raw / wire)",
      `${formatBytes(search.firstQueryTyped.all.searchRaw.p50)} / ${formatBytes(search.firstQueryTyped.all.searchSent.p50)}`,
      "—",
      `${ratio(search.firstQueryTyped.all.searchRaw.p50, baseline.fromLink.all.raw.p50)} raw`,
    ]),
  );
  lines.push(
    row([
      "Bytes of a next query (raw / wire)",
      `${formatBytes(search.nextQuery.all.raw.p50)} / ${formatBytes(search.nextQuery.all.sent.p50)}`,
      `${formatBytes(baseline.nextQueryPrebuilt.all.raw.p50)}`,
      "—",
    ]),
    "",
  );

  lines.push("| Query | First typed p50 / p95 | Search bytes (raw) | Next p50 / p95 | From link p50 / p95 |");
  lines.push("| --- | --- | --- | --- | --- |");
  for (const query of search.fromLink.perQuery) {
    const typed = search.firstQueryTyped.perQuery.find((q) => q.query === query.query);
    const next = search.nextQuery.perQuery.find((q) => q.query === query.query);
    lines.push(
      row([
        query.query,
        typed ? p(typed.ms) : "(page load)",
        typed ? formatBytes(typed.searchRaw) : formatBytes(search.pageLoad.searchRaw.p50),
        next ? p(next.ms) : "—",
        p(query.ms),
      ]),
    );
  }
  lines.push("", "| Budget (set for 10,000 courses unless named) | Limit | Measured | |", "| --- | --- | --- | --- |");
  for (const check of checkBudgets(r)) {
    lines.push(
      row([
        check.name,
        formatValue(check.limit, check.unit),
        formatValue(check.measured, check.unit),
        check.pass ? "met" : "**missed**",
      ]),
    );
  }
  lines.push("", "Largest folders in dist/ by file count:", "");
  lines.push("| Folder | Files | Size |", "| --- | --- | --- |");
  for (const folder of dist.byFolder) lines.push(row([folder.folder, folder.files, formatBytes(folder.bytes)]));
  lines.push("");
  return lines.join("\n");
}

export function markdownReport(report: Report): string {
  const head = [
    "# Benchmark results",
    "",
    `Run ${report.date} (${report.durationSeconds} s) with \`${report.command}\`, ${report.rounds} round(s) per query.`,
    "",
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GB, ${report.machine.platform}. ${report.machine.note}`,
    "",
    `Versions: ${Object.entries(report.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(", ")}.`,
    "",
    "Timings are from a shared 2-core machine and vary by ±30 % between runs. Search runs on localhost with no network",
    "throttling, so bytes matter more than these times suggest on a real connection. “First query typed” is timed from",
    "the input event to the redrawn results (the search page has no typing pause).",
    "",
  ];
  return `${[...head, ...report.results.map(sizeSection)].join("\n")}\n`;
}
