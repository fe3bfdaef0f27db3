import { closest, distance } from "fastest-levenshtein";

/** The nearest known word to a misspelling, if it is close enough to be a likely typo. */
export function didYouMean(input: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(input, known as string[]);
  const tolerance = Math.max(2, Math.floor(best.length / 3));
  return distance(input, best) <= tolerance ? best : undefined;
}
