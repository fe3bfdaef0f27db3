import { isScalar, LineCounter, parseDocument, visit } from "yaml";
import { isIsoDate } from "../../domain/dates.ts";

/** A date written in a way YAML would silently change. */
export interface DateProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fix: string;
}

/** What js-yaml reads as a timestamp: a date, optionally with a time (YAML 1.1 timestamp). */
const TIMESTAMP =
  /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;

/** Every run of digits and hyphens shaped like a date, with a time after it when there is one. */
// A line break counts as a space: a plain scalar folds onto an indented next line, and YAML joins the two.
const DATE_LIKE = /\d+-\d+-\d+(?:(?:[Tt]|\s+)\d)?/g;

/**
 * True when every date-like text in the front matter is a real date written
 * YYYY-MM-DD with no time: then no scalar can be a problem, and the second
 * YAML parse (the costliest step in checking a file) is skipped.
 */
function onlyPlainDates(frontMatter: string): boolean {
  for (const [text] of frontMatter.matchAll(DATE_LIKE)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isIsoDate(text)) return false;
  }
  return true;
}

/**
 * Finds unquoted dates that YAML would alter without a word: an impossible day
 * such as 2027-02-30 rolls over to 2 March, and a time or time zone can move
 * the day. The schema only ever sees the altered value, so the written text is checked.
 * `frontMatter` starts with the rest of the opening `---` line, so its line 1 is file line 1.
 */
export function findDateProblems(frontMatter: string): DateProblem[] {
  if (onlyPlainDates(frontMatter)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(frontMatter, { lineCounter, uniqueKeys: false });
  const problems: DateProblem[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== "PLAIN" || !node.range || typeof node.source !== "string") return;
      const written = node.source.trim();
      if (!TIMESTAMP.test(written)) return;
      const { line, col } = lineCounter.linePos(node.range[0]);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(written)) {
        problems.push({
          line,
          column: col,
          message: `"${written}" is not written as a date alone`,
          fix: "Write the date as YYYY-MM-DD, with no time, like 2027-03-15",
        });
      } else if (!isIsoDate(written)) {
        problems.push({
          line,
          column: col,
          message: `${written} is not a real date`,
          fix: "Check the day and month; YAML would silently roll it over to another date",
        });
      }
    },
  });
  return problems;
}
