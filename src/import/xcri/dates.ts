import type { Element } from "@xmldom/xmldom";
import { isIsoDate } from "../../domain/dates.ts";
import { textOf } from "./elements.ts";

/**
 * Years that feeds use to mean "no fixed date" rather than a real one: the
 * Open University writes 1900-01-01 for a qualification you can start any time.
 */
const PLACEHOLDER_YEARS = new Set(["1900", "9999"]);

export type DateResult =
  { kind: "date"; date: string } | { kind: "no-fixed-date" } | { kind: "unreadable"; reason: string };

/**
 * Reads an XCRI-CAP date element. The machine-readable `dtf` attribute wins
 * over the text, which is for people and sometimes disagrees with it. A time
 * of day is dropped; a month or year alone is not a date, so it is not guessed.
 */
export function readDate(element: Element): DateResult {
  const written = element.getAttribute("dtf")?.trim() || textOf(element);
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(written);
  if (day?.[1] && PLACEHOLDER_YEARS.has(day[1])) return { kind: "no-fixed-date" };
  const date = day ? `${day[1]}-${day[2]}-${day[3]}` : "";
  if (isIsoDate(date)) return { kind: "date", date };
  if (/^\d{4}(-\d{2})?$/.test(written)) {
    return { kind: "unreadable", reason: "only a year or month is given, not a day; a day is not guessed" };
  }
  return { kind: "unreadable", reason: "not a date written YYYY-MM-DD in dtf or the text" };
}
