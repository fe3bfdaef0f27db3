import type { Element } from "@xmldom/xmldom";
import { attendanceModes, attendancePatterns, studyModes, type XcriTerm } from "../../domain/vocabularies/index.ts";
import { textOf } from "./elements.ts";

/**
 * Free-text values seen in real feeds that name exactly one term, by the
 * term's id, beyond the term's own id, label, XCRI caption and code (which mapCode reads from
 * the vocabulary itself). Only unambiguous phrases belong here: "Part-Time Day" is a
 * study mode (part time), but as an attendance mode it says nothing about
 * the place, so it stays unmapped there.
 */
const FREE_TEXT: Record<"studyMode" | "attendanceMode" | "attendancePattern", Record<string, string>> = {
  studyMode: {
    "short full time": "full-time",
    "old full time sandwich programme criteria": "full-time",
    "part time day": "part-time",
    "other part time day and or twilight": "part-time",
    "twilight and or evening or weekends": "part-time",
    "block release": "part-time",
    "flexible study day eve and or home distance": "flexible",
  },
  attendanceMode: {
    "self study": "distance",
    "online without attendance": "online",
  },
  attendancePattern: {
    "block release": "block-release",
    "day release": "block-release",
    customized: "customised",
  },
};

const VOCABULARIES = { studyMode: studyModes, attendanceMode: attendanceModes, attendancePattern: attendancePatterns };

export type CodedElement = keyof typeof VOCABULARIES;

/** Lowercase words only: "Part-Time  Day" and "part time day" read alike. */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export type CodeResult = { ok: true; id: string } | { ok: false; reason: string };

/**
 * Maps a studyMode, attendanceMode or attendancePattern element to our term:
 * by its XCRI-CAP code in `identifier` when it has one, else by its text when
 * the text names exactly one term (its label, its XCRI caption, its code, or a known phrase).
 */
export function mapCode(element: Element, kind: CodedElement): CodeResult {
  const terms: readonly XcriTerm[] = VOCABULARIES[kind];
  const code = element.getAttribute("identifier")?.trim();
  if (code) {
    const byCode = terms.find((term) => term.xcriCode === code.toUpperCase());
    if (byCode) return { ok: true, id: byCode.id };
  }
  const text = normalise(textOf(element));
  const byText =
    terms.find(
      (term) =>
        normalise(term.label) === text ||
        normalise(term.xcriCaption) === text ||
        normalise(term.xcriCode) === text ||
        normalise(term.id) === text,
    )?.id ?? FREE_TEXT[kind][text];
  if (byText) return { ok: true, id: byText };
  if (code) return { ok: false, reason: `"${code}" is not an XCRI-CAP 1.2 ${kind} code, and the text names no term` };
  return { ok: false, reason: `the text does not name exactly one ${kind} term, and there is no XCRI-CAP code` };
}
