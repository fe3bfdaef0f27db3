import { factOrder } from "../../domain/fact-labels.ts";
import { factsOf, type Shown } from "./facts.ts";

/**
 * One CSV field as RFC 4180 requires: quoted when it holds a comma, quote or
 * line break, with quotes doubled. Written here because the CSV libraries are
 * several times the size of the whole search script; tests check it against csv-parse.
 */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Search results as CSV text (CRLF line ends, UTF-8 byte order mark for spreadsheet programs), each
 * with the facts of the run the search found for it.
 */
export function resultsCsv(results: readonly Shown[], origin: string): string {
  const header = ["Title", "Provider", "Summary", "Credit", ...factOrder, "Page"];
  const rows = results.map((result) => {
    const facts = new Map(factsOf(result));
    return [
      result.meta.title ?? "",
      result.meta.provider ?? "",
      result.meta.summary ?? "",
      result.meta.credit ?? "",
      ...factOrder.map((label) => facts.get(label) ?? ""),
      new URL(result.url, origin).href,
    ];
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
