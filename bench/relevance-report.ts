/** The Markdown summary of a relevance run (bench/results/relevance.md), and the table printed at the end of it. */
import type { AggregateMetrics, QueryMetrics } from "./relevance-metrics.ts";
import { QUERY_KINDS, type QueryKind } from "./relevance-queries.ts";

/** What one search engine returned for one query, and its measures. */
export interface EngineAnswer {
  /** How many courses matched. */
  readonly total: number;
  /** The first ten course ids, best first. */
  readonly top10: readonly string[];
  /** The rank (from 1) of the first relevant course, within the depth looked at; null if none. */
  readonly firstRelevantRank: number | null;
  readonly metrics: QueryMetrics;
}

export interface QueryOutcome {
  readonly id: string;
  readonly kind: QueryKind;
  readonly query: string;
  readonly relevant: readonly string[];
  readonly site: EngineAnswer;
  readonly baseline: EngineAnswer;
}

export interface EngineSummary {
  readonly byKind: Partial<Record<QueryKind, AggregateMetrics>>;
  readonly overall: AggregateMetrics;
}

export interface RelevanceReport {
  readonly date: string;
  readonly durationSeconds: number;
  readonly command: string;
  readonly asOf: string;
  readonly queriesFile: string;
  /** Active courses in the sample catalogue: what both engines search. */
  readonly searchableCourses: number;
  /** How deep each engine's results were read for MRR (the @10 measures look at the first ten). */
  readonly depth: number;
  readonly baselineEngine: { readonly library: string; readonly fields: readonly string[]; readonly options: object };
  readonly floors: { readonly overall: number; readonly byKind: Readonly<Record<QueryKind, number>> };
  /** Judgements naming a course that search cannot find (not an active sample course). */
  readonly judgementProblems: readonly string[];
  readonly site: EngineSummary;
  readonly baseline: EngineSummary;
  readonly queries: readonly QueryOutcome[];
}

const figure = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(2));
const row = (cells: readonly (string | number)[]) => `| ${cells.join(" | ")} |`;

/** The summary table: per kind and overall, site beside baseline, with the success@10 floors. */
export function summaryTable(report: Pick<RelevanceReport, "site" | "baseline" | "floors">): string {
  const kinds = QUERY_KINDS.filter((kind) => report.site.byKind[kind]);
  const line = (name: string, site: AggregateMetrics, baseline: AggregateMetrics, floor: number) =>
    row([
      name,
      site.queries,
      figure(site.successAt10),
      figure(baseline.successAt10),
      figure(floor),
      figure(site.recallAt10),
      figure(baseline.recallAt10),
      figure(site.mrr),
      figure(baseline.mrr),
    ]);
  return [
    row([
      "Kind",
      "Queries",
      "Success@10 site",
      "Success@10 baseline",
      "Floor (site)",
      "Recall@10 site",
      "Recall@10 baseline",
      "MRR site",
      "MRR baseline",
    ]),
    row(["---", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:"]),
    ...kinds.map((kind) =>
      line(kind, report.site.byKind[kind]!, report.baseline.byKind[kind]!, report.floors.byKind[kind]),
    ),
    line("**overall**", report.site.overall, report.baseline.overall, report.floors.overall),
  ].join("\n");
}

const ids = (list: readonly string[]) => (list.length ? list.map((id) => `\`${id}\``).join(", ") : "nothing");

function rankText(answer: EngineAnswer, depth: number): string {
  return answer.firstRelevantRank === null
    ? `no relevant course in its first ${depth}`
    : `first relevant course at rank ${answer.firstRelevantRank}`;
}

/** The whole Markdown report. */
export function relevanceMarkdown(report: RelevanceReport): string {
  const failed = report.queries.filter((query) => query.site.metrics.successAt10 === 0);
  const baselineOnly = report.queries.filter(
    (query) => query.baseline.metrics.successAt10 === 1 && query.site.metrics.successAt10 === 0,
  ).length;
  const lines = [
    "# Search relevance",
    "",
    `Run ${report.date} with \`${report.command}\` (${report.durationSeconds} s), catalogue as of ${report.asOf}.`,
    "",
    `${report.queries.length} judged queries (\`${report.queriesFile}\`) over the ${report.searchableCourses} active sample`,
    `courses. **Site**: the real search page in headless Chromium, opened as \`/search/?q=…\`, its results read in`,
    `order (the first ten, then "Show more" up to ${report.depth} for MRR). **Baseline**: ${report.baselineEngine.library}`,
    `over the same courses and text (fields ${report.baselineEngine.fields.map((f) => `\`${f}\``).join(", ")};`,
    `options \`${JSON.stringify(report.baselineEngine.options)}\`), top ${report.depth}.`,
    "",
    "Success@10: a relevant course among the first ten. Recall@10: the share of the relevant courses among the",
    `first ten. MRR: the mean of 1 / the rank of the first relevant course (0 if none in the first ${report.depth}).`,
    "Each figure is a mean over the kind's queries. The floors are the relevance test's ratchets",
    "(`bench/relevance-floors.ts`).",
    "",
    summaryTable(report),
    "",
  ];
  if (report.judgementProblems.length > 0)
    lines.push(
      "## Judgements search cannot meet",
      "",
      ...report.judgementProblems.map((problem) => `- ${problem}`),
      "",
    );
  lines.push(
    `## Queries the site fails (${failed.length} of ${report.queries.length})`,
    "",
    "No relevant course among the site's first ten results" +
      (failed.length ? `; the baseline finds one for ${baselineOnly} of them.` : "."),
    "",
  );
  for (const query of failed)
    lines.push(
      `- **${query.id}** (${query.kind}) “${query.query}”: wanted ${ids(query.relevant)}.`,
      `  Site (${query.site.total} ${query.site.total === 1 ? "course" : "courses"}, ${rankText(query.site, report.depth)}): ${ids(query.site.top10)}.`,
      `  Baseline (${query.baseline.total}, ${rankText(query.baseline, report.depth)}): ${ids(query.baseline.top10)}.`,
    );
  return `${lines.join("\n")}\n`;
}
