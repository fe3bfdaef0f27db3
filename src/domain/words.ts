/**
 * Words as search and the vocabularies compare them: lower case, letters and
 * digits, everything else a gap. "Inter-professional", "inter professional"
 * and "INTER PROFESSIONAL" are one phrase; so are "A&E" and "a e". The search
 * page, its dictionary and the XCRI-CAP importer all match names this way.
 */

/** The words of a text, lower case. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A text as a phrase: its words joined by single spaces ("Inter-professional" → "inter professional"). */
export const phraseOf = (text: string) => wordsOf(text).join(" ");
