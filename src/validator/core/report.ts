import type { Finding } from "./finding.ts";

/** Output formats of `npm run validate`. */
export const reportFormats = ["text", "github", "json"] as const;
export type ReportFormat = (typeof reportFormats)[number];

/**
 * Control characters (terminal escape codes among them) and text-direction
 * characters, which findings can quote from hostile content. Shown as escapes
 * so a finding cannot rewrite the terminal, forge a line or reorder its text.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, less line breaks, which GitHub's annotations encode themselves. */
const HIDDEN_BUT_LINE_BREAKS =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeHidden = (character: string) =>
  `\\u{${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}}`;

/** Text from a finding, safe to print: every hidden character written as `\u{XXXX}`. */
export const visible = (text: string): string => text.replace(HIDDEN, escapeHidden);

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One line per finding: `path:line:col  severity  field  message  (how to fix)`, then a summary. */
export function formatText(findings: readonly Finding[], fileCount: number): string {
  const lines = findings.map(
    (f) =>
      `${visible(f.file)}:${f.line}:${f.column}  ${f.severity}  ${visible(f.field || "-")}  ${visible(f.message)}  (${visible(f.fix)})`,
  );
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  lines.push(`Checked ${count(fileCount, "file")}: ${count(errors, "error")}, ${count(warnings, "warning")}.`);
  return lines.join("\n");
}

/** GitHub Actions workflow commands, so findings appear as annotations on the pull request's lines. */
export function formatGithub(findings: readonly Finding[]): string {
  const escapeData = (text: string) =>
    text.replace(HIDDEN_BUT_LINE_BREAKS, escapeHidden).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return findings
    .map((f) => {
      const title = escapeProperty(f.field || "file");
      return `::${f.severity} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${title}::${escapeData(`${f.message} (${f.fix})`)}`;
    })
    .join("\n");
}

/** Machine-readable findings with a summary. */
export function formatJson(findings: readonly Finding[], fileCount: number): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return JSON.stringify({ fileCount, errors, warnings: findings.length - errors, findings }, null, 2);
}

export function formatReport(format: ReportFormat, findings: readonly Finding[], fileCount: number): string {
  if (format === "github") return formatGithub(findings);
  if (format === "json") return formatJson(findings, fileCount);
  return formatText(findings, fileCount);
}
