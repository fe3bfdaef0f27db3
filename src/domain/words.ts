/**
 * Words as search and the vocabularies compare them: lower case, letters and
 * digits, everything else a gap. "Inter-professional", "inter professional"
 * and "INTER PROFESSIONAL" are one phrase; so are "A&E" and "a e". The search
 * page, its dictionary and the XCRI-CAP importer all match names this way.
 */

/**
 * The fewest letters a search word needs to stand for the words it begins: one or two ("a", "in", "ot")
 * begin too many. Shorter words are never corrected (the dictionary leaves them out), nor looked up on
 * their own as part of a name, and where one ends a chunk of the word index, the chunk is not loaded for
 * longer words that begin with it (see search/chunk-ends.ts).
 */
export const SHORTEST_WORD = 3;

/** The words of a text, lower case. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A text as a phrase: its words joined by single spaces ("Inter-professional" → "inter professional"). */
export const phraseOf = (text: string) => wordsOf(text).join(" ");
