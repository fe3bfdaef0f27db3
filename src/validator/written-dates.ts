import { isIsoDate } from "../domain/dates.ts";

/** A date written in front matter that does not exist on the calendar. */
export interface ImpossibleDate {
  /** 1-based line within the file (front matter starts on line 2). */
  readonly line: number;
  readonly column: number;
  readonly written: string;
}

const UNQUOTED_DATE = /^(\s*(?:-\s+)?[A-Za-z]+:\s+|\s*-\s+)(\d{4}-\d{2}-\d{2})\s*(?:#.*)?$/;

/**
 * Finds unquoted dates such as 2027-02-30. YAML reads them as timestamps and
 * quietly rolls them over (to 2 March), so the schema never sees the mistake;
 * only the written text shows it.
 */
export function findImpossibleDates(frontMatter: string): ImpossibleDate[] {
  return frontMatter.split(/\r?\n/).flatMap((text, index) => {
    const match = UNQUOTED_DATE.exec(text);
    if (!match || isIsoDate(match[2]!)) return [];
    return [{ line: index + 1, column: match[1]!.length + 1, written: match[2]! }];
  });
}
