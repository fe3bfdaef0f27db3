import { SHORTEST_WORD } from "../domain/words.ts";
import { Cbor } from "./cbor.ts";
import { pagefindContent } from "./pagefind-files.ts";
import { setChunkEnds, type IndexChunk } from "./pagefind-meta.ts";

/**
 * Pagefind's word index is cut into chunks (`index/<hash>.pf_index`), and the page list names each
 * with the range of words it holds, `from` to `to`, often cut short ("asse" for a chunk ending in
 * "assess"). For each word of a search, Pagefind loads the chunk whose range holds it. When none does,
 * as for a word it stems to another ("assessment" is indexed as "assess") or one no course has, it loads
 * every chunk whose range holds the word once both are cut to the shorter's length. That is for its last
 * resort: a word no course has, nor any word it begins, finds the courses with the longest indexed word
 * that begins it ("teamwork" finds "team"; search/client/engine.ts says so on the page).
 *
 * A range that ends in a whole short word then matches every word that begins with it. The chunk ending
 * in "a", whose places are on nearly every course, was loaded in every shard for "assessment", which it
 * does not hold: 17 KB of the 27 KB that word's search downloaded at 10,000 courses. Its only use to such
 * a word is that last resort, and a word of one or two letters stands for nothing (SHORTEST_WORD): the
 * courses with "a" are nearly all of them.
 *
 * So the build ends a range just after its last word (`to` + "\u0000"; no word has that character) when
 * that is a whole word of one or two letters. The chunk is loaded as before for that word and those
 * before it, and no longer for longer words that begin with it: it holds none of them, nor any word they
 * begin but that short one. So only the last resort changes, and only where it would have used that
 * short word: in a shard whose chunk ends in "a", unless an earlier search has loaded that chunk (Pagefind
 * keeps what it loads), a longer word no course has ("abseiling") finds no courses there rather than every
 * course with "a", and a search of several words, where Pagefind drops a word that finds nothing
 * ("abseiling course"), finds what the other words find. Where chunks end and what the visitor searched
 * before already decided that last resort; now a short word takes part in it less often. A range cut short
 * is left as it is (longer words that begin with its `to` may be in it), as is one ending in a longer whole
 * word, which a longer word may stand in for.
 */

/** What a closed range's `to` ends with: it sorts after the word and before every longer word. */
export const CLOSED = "\u0000";

/** The last word of a word index chunk, from its bytes (once decompressed): Pagefind writes the words in order. */
export function lastWordOf(chunk: Uint8Array): string {
  try {
    const cbor = new Cbor(pagefindContent(chunk, "word index chunk"));
    const fields = cbor.arrayLength();
    if (fields < 1) throw new Error("it has no words");
    let last: string | undefined;
    for (let words = cbor.arrayLength(); words > 0; words--) {
      const items = cbor.arrayLength();
      if (items < 1) throw new Error("a word has no text");
      last = cbor.string();
      for (let item = 1; item < items; item++) cbor.skip();
    }
    if (last === undefined) throw new Error("it has no words");
    return last;
  } catch (error) {
    throw new Error(`Could not read a Pagefind word index chunk: ${(error as Error).message}`);
  }
}

/** Compares words as Pagefind does: by their UTF-8 bytes. */
function compareBytes(a: string, b: string): number {
  const [left, right] = [new TextEncoder().encode(a), new TextEncoder().encode(b)];
  for (let at = 0; at < Math.min(left.length, right.length); at++)
    if (left[at] !== right[at]) return left[at]! - right[at]!;
  return left.length - right.length;
}

/** The `to` a chunk's range should have, given the last word it holds: closed when `to` is that whole word, and it is short. */
export function chunkEnd(chunk: IndexChunk, lastWord: string): string {
  if (!lastWord.startsWith(chunk.to) && compareBytes(lastWord, chunk.to) > 0)
    throw new Error(`The word index chunk ${chunk.hash} holds "${lastWord}", after its range's end "${chunk.to}"`);
  return chunk.to === lastWord && lastWord.length < SHORTEST_WORD ? lastWord + CLOSED : chunk.to;
}

/**
 * A metadata file's bytes (once decompressed) with every range that ends in a short whole word closed
 * (see above); `lastWords` gives each chunk's last word by its hash.
 */
export function closeChunkEnds(meta: Uint8Array, lastWords: ReadonlyMap<string, string>): Uint8Array {
  return setChunkEnds(meta, (chunk) => {
    const last = lastWords.get(chunk.hash);
    if (last === undefined) throw new Error(`No last word was read for the word index chunk ${chunk.hash}`);
    return chunkEnd(chunk, last);
  });
}
