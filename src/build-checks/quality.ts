/**
 * The judgement half of `npm run check:quality`: which Nu HTML Checker messages count, which Lighthouse
 * scores pass, and the report. scripts/check-quality.ts serves the built site and runs the tools.
 */

/** One message of the Nu HTML Checker's JSON output (`--format json`). */
export interface NuMessage {
  readonly type: "error" | "info" | "non-document-error";
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly message: string;
  readonly extract?: string;
  readonly hiliteStart?: number;
  readonly hiliteLength?: number;
}

export interface NuFinding {
  /** The page's path on the site ("/list-your-course/"). */
  readonly page: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  /** The markup the message is about, on one line. */
  readonly markup: string;
}

export interface NuResult {
  readonly errors: readonly NuFinding[];
  readonly warnings: readonly NuFinding[];
  /** How many messages were dropped because the checker is wrong about them, by why. */
  readonly ignored: Readonly<Record<string, number>>;
}

/**
 * The checker's own mistakes, each with a test of the message and its highlighted markup. A message
 * here is counted, never shown.
 */
const CHECKER_MISTAKES: readonly { readonly why: string; readonly test: (m: NuMessage, markup: string) => boolean }[] =
  [
    {
      why: "JSON-LD is a data block, not a script: the Content-Security-Policy's script-src does not apply to it",
      test: (m, markup) =>
        m.message.startsWith("Inline script violates Content Security Policy") &&
        /\btype="application\/ld\+json"/.test(markup),
    },
  ];

function highlighted(message: NuMessage): string {
  const extract = message.extract ?? "";
  const markup =
    message.hiliteStart === undefined || message.hiliteLength === undefined
      ? extract
      : extract.slice(message.hiliteStart, message.hiliteStart + message.hiliteLength);
  return markup.replace(/\s+/g, " ").trim();
}

/** Sorts the checker's messages into errors (which fail the check) and warnings; info messages are dropped. */
export function readNuMessages(messages: readonly NuMessage[], origin: string): NuResult {
  const errors: NuFinding[] = [];
  const warnings: NuFinding[] = [];
  const ignored: Record<string, number> = {};
  for (const message of messages) {
    const markup = highlighted(message);
    const mistake = CHECKER_MISTAKES.find(({ test }) => test(message, markup));
    if (mistake) {
      ignored[mistake.why] = (ignored[mistake.why] ?? 0) + 1;
      continue;
    }
    const finding: NuFinding = {
      page: message.url?.startsWith(origin) ? message.url.slice(origin.length) : (message.url ?? "(no page)"),
      ...(message.lastLine === undefined ? {} : { line: message.lastLine }),
      ...(message.firstColumn === undefined ? {} : { column: message.firstColumn }),
      message: message.message,
      markup,
    };
    if (message.type === "error" || message.type === "non-document-error") errors.push(finding);
    else if (message.subType === "warning") warnings.push(finding);
  }
  return { errors, warnings, ignored };
}

export function formatNuFinding({ page, line, column, message, markup }: NuFinding): string {
  const where = line === undefined ? page : `${page}:${line}${column === undefined ? "" : `:${column}`}`;
  return `${where}: ${message}${markup ? `  ${markup}` : ""}`;
}

/** The site path of a built HTML file: a folder's index.html is served at the folder. */
export function sitePathOf(htmlFile: string): string {
  const posix = htmlFile.split("\\").join("/");
  return `/${posix.endsWith("index.html") ? posix.slice(0, -"index.html".length) : posix}`;
}

export type FormFactor = "mobile" | "desktop";
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Lighthouse's scores for one page and form factor, 0 to 100. */
export interface PageScores {
  readonly page: string;
  readonly formFactor: FormFactor;
  readonly scores: Readonly<Record<Category, number>>;
  /** Audits in a category under 100 that cost points, for the report (id: title). */
  readonly failedAudits: readonly string[];
  /** Performance metrics as Lighthouse shows them (FCP, LCP, TBT, CLS, SI). */
  readonly metrics: Readonly<Record<string, string>>;
}

/** The lowest score each category may have; performance has one gate per page and form factor. */
export interface Gates {
  readonly accessibility: number;
  readonly "best-practices": number;
  readonly seo: number;
  readonly performance: (page: string, formFactor: FormFactor) => number;
}

/** What fails its gate, as sentences ("/search/ mobile: performance 61 < 65"); empty when all pass. */
export function gateFailures(result: PageScores, gates: Gates): string[] {
  return CATEGORIES.flatMap((category) => {
    const gate = category === "performance" ? gates.performance(result.page, result.formFactor) : gates[category];
    const score = result.scores[category];
    return score < gate ? [`${result.page} ${result.formFactor}: ${category} ${score} < ${gate}`] : [];
  });
}

/** The scores as a Markdown table: one row per page, mobile and desktop side by side. */
export function scoresTable(results: readonly PageScores[], gates: Gates): string {
  const pages = [...new Set(results.map((result) => result.page))];
  const cell = (page: string, formFactor: FormFactor) => {
    const result = results.find((r) => r.page === page && r.formFactor === formFactor);
    if (!result) return "–";
    return CATEGORIES.map((category) => {
      const failed = gateFailures(result, gates).some((failure) => failure.includes(` ${category} `));
      return failed ? `**${result.scores[category]}**` : String(result.scores[category]);
    }).join(" / ");
  };
  const gate = (page: string) =>
    (["mobile", "desktop"] as const).map((formFactor) => gates.performance(page, formFactor)).join(" / ");
  const rows = [
    ["Page", "Mobile: perf / a11y / bp / seo", "Desktop: perf / a11y / bp / seo", "Perf gate (mobile / desktop)"],
    ["---", "---", "---", "---"],
    ...pages.map((page) => [`\`${page}\``, cell(page, "mobile"), cell(page, "desktop"), gate(page)]),
  ];
  return rows.map((row) => `| ${row.join(" | ")} |`).join("\n");
}
