import type { Element } from "@xmldom/xmldom";
import type { CreditValue } from "../../domain/schema/index.ts";
import { creditSchemes } from "../../domain/vocabularies/index.ts";
import { childrenNamed, childText } from "./elements.ts";
import { NS } from "./namespaces.ts";
import type { MappingNotes } from "./notes.ts";

export type CreditResult = { ok: true; credit: CreditValue } | { ok: false; reason: string };

/**
 * Reads one mlo:credit (credit:scheme, credit:level, credit:value). Only the
 * schemes we list are taken, with a whole-number level inside the scheme's
 * range and a positive value; anything else is reported, never guessed.
 */
export function readCredit(element: Element): CreditResult {
  const schemeText = childText(element, NS.credit, "scheme") ?? "";
  const levelText = childText(element, NS.credit, "level") ?? "";
  const valueText = childText(element, NS.credit, "value") ?? "";
  const scheme = creditSchemes.find((candidate) => candidate.id === schemeText.toUpperCase());
  if (!scheme) {
    const known = creditSchemes.map((candidate) => candidate.id).join(", ");
    return { ok: false, reason: `the scheme "${schemeText}" is not one we list (${known})` };
  }
  if (!/^\d+$/.test(levelText)) {
    return { ok: false, reason: levelText ? `the level "${levelText}" is not a level number` : "the level is empty" };
  }
  const level = Number(levelText);
  if (level < scheme.minLevel || level > scheme.maxLevel) {
    return {
      ok: false,
      reason: `level ${level} is outside ${scheme.id}'s levels ${scheme.minLevel}–${scheme.maxLevel}`,
    };
  }
  const value = Number(valueText);
  if (!/^\d+(\.\d+)?$/.test(valueText) || value <= 0) {
    return { ok: false, reason: `the value "${valueText}" is not a positive number of credits` };
  }
  return { ok: true, credit: { scheme: scheme.id, level, value } };
}

/** Every mlo:credit of a course that fits our credit values; the rest are reported with their parts. */
export function mapCredits(course: Element, notes: MappingNotes) {
  return childrenNamed(course, NS.mlo, "credit").flatMap((element, index) => {
    const read = readCredit(element);
    if (read.ok) return [read.credit];
    const part = (name: string) => childText(element, NS.credit, name) ?? "(empty)";
    const written = `scheme ${part("scheme")}, level ${part("level")}, value ${part("value")}`;
    notes.skip(`mlo:credit[${index + 1}]`, written, read.reason);
    return [];
  });
}
