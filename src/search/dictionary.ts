import { SHORTEST_WORD, wordsOf } from "../domain/words.ts";

/**
 * The dictionary of indexed words, for correcting a misspelt search word:
 * every word of the searchable text, most used first, in files beside the
 * index, one per first letter (`dictionary/d.json.gz`). The build writes them;
 * the search page fetches the file of each word it searches (a few kilobytes),
 * to tell a word that is in the index from one that is not. Pagefind itself has
 * no tolerance for typos (its issues #2 and #756): for a word it does not hold
 * it returns loose matches on the word's first letters, with nothing to say so.
 */

/** The dictionary file holding the words that start as `word` does, relative to the search index's folder. */
export const dictionaryFile = (word: string) => {
  const first = word.toLowerCase()[0] ?? "";
  return `dictionary/${/[a-z0-9]/.test(first) ? first : "other"}.json.gz`;
};

/** What a dictionary file holds (gzip-compressed JSON). */
export interface DictionaryFile {
  /** The Pagefind index it was written with (the hash in its metadata file's name). */
  readonly index: string;
  /** The indexed words of three letters or more that start with the file's letter, most used first. */
  readonly words: readonly string[];
}

/** The dictionary of some texts: each word of three letters or more once, most used first, then A to Z. */
export function dictionaryOf(texts: Iterable<string>): string[] {
  const uses = new Map<string, number>();
  for (const text of texts)
    for (const word of wordsOf(text)) if (word.length >= SHORTEST_WORD) uses.set(word, (uses.get(word) ?? 0) + 1);
  return [...uses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Edits allowed when correcting a word: one for words of up to five letters, two for longer ones. */
export const editsAllowed = (word: string) => (word.length <= 5 ? 1 : 2);

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether a word is known: in the dictionary, or the start of a word in it (still
 * being typed). Words of one or two letters count as known: too short to correct.
 */
export function isKnown(word: string, dictionary: readonly string[]): boolean {
  const wanted = word.toLowerCase();
  return wanted.length < SHORTEST_WORD || dictionary.some((known) => known.startsWith(wanted));
}

/**
 * The dictionary word nearest to a word that is not in it: the fewest edits
 * within `editsAllowed`, and of those the most used. Undefined when the word is
 * known (a word that exists is never corrected, nor one still being typed), or
 * when nothing is near.
 */
export function nearestWord(word: string, dictionary: readonly string[]): string | undefined {
  const wanted = word.toLowerCase();
  if (isKnown(wanted, dictionary)) return undefined;
  const limit = editsAllowed(wanted);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of dictionary) {
    const distance = editDistance(wanted, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break; // The most used word one edit away: nothing nearer but the word itself.
    }
  }
  return best;
}
