import type { ResultData } from "./engine.ts";

/**
 * One CSV field as RFC 4180 requires: quoted when it holds a comma, quote or
 * line break, with quotes doubled. Written here because the CSV libraries are
 * several times the size of the whole search script; tests check it against csv-parse.
 */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Search results as CSV text (CRLF line ends, UTF-8 byte order mark for spreadsheet programs). */
export function resultsCsv(results: readonly ResultData[], origin: string): string {
  const header = ["Title", "Provider", "Summary", "Credit", "Next run", "Page"];
  const rows = results.map((result) => [
    result.meta.title ?? "",
    result.meta.provider ?? "",
    result.meta.summary ?? "",
    result.meta.credit ?? "",
    result.meta.next ?? "",
    new URL(result.url, origin).href,
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
