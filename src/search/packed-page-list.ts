import { pageName } from "./pagefind-files.ts";
import type { MetaEntry, PagefindMeta, PagefindMetaLayout } from "./pagefind-meta.ts";

/**
 * A shard's page list packed for the search page: `pagefind.<hash>.pf_pages`, beside Pagefind's own
 * `pagefind.<hash>.pf_meta` (the same hash; see index-shards.ts), gzip-compressed. Pagefind needs every
 * page's entry before a search by words (its name, word count and fragment group), and its CBOR
 * interleaves them so that gzip leaves about 4 bytes a page: 40 KB a shard of 10,000 courses, five at
 * 50,000. Packed column by column, with the names left out (each is its page number: see page-names.ts)
 * and a group named once for its run of pages, the same entries take about 1.6 bytes a page, and 0.7
 * without word counts (ranking.ts). The search page reads its pages from it (packedPages) and writes
 * Pagefind's bytes from it, exactly but for those (the build checks it for every shard: page-names.ts),
 * for Pagefind (pagefind-fetch.ts). The build packs it with pack-page-list.ts, kept out of the page.
 *
 * Layout, before compression (numbers are unsigned LEB128 varints):
 * "PFPL", the format's version, the first page's number, the bytes before and after the page
 * entries (each its length, then the bytes), the page count, and whether entries have a third item, the
 * name of their fragment group ("" for a page whose fragment has a file of its own): 1, or 0; the word
 * counts (how many bytes each, then every count's lowest byte, then every count's next, and so on: gzip
 * finds more alike that way than in whole numbers one after another); every page's name after its
 * number (its length, then the text: empty unless its fragment has a file of its own); with a third
 * item, how many runs of pages share one, and for each run its length and the item's text.
 */

/** The file's first bytes, and its format's version: change the version whenever the layout changes. */
export const MAGIC = "PFPL";
export const VERSION = 1;

/** Reads the parts of a packed page list in order; each read past the end throws. */
class Reader {
  private at = 0;
  private readonly packed: Uint8Array;
  constructor(packed: Uint8Array) {
    this.packed = packed;
  }
  private byte(): number {
    if (this.at >= this.packed.length) throw new Error("it ends early");
    return this.packed[this.at++]!;
  }
  uint(): number {
    let value = 0;
    for (let scale = 1; ; scale *= 0x80) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      if (scale > 2 ** 42) throw new Error("a number is too long");
    }
  }
  bytes(): Uint8Array {
    const length = this.uint();
    if (this.at + length > this.packed.length) throw new Error("it ends early");
    const bytes = this.packed.subarray(this.at, this.at + length);
    this.at += length;
    return bytes;
  }
  text(): string {
    // Most are empty: a page's name after its number.
    if (this.packed[this.at] === 0) {
      this.at += 1;
      return "";
    }
    const bytes = this.bytes();
    // Most are empty (a page's name after its number) or a group's ASCII name: no decoder call for those.
    if (bytes.every((byte) => byte < 0x80)) return String.fromCharCode(...bytes);
    return new TextDecoder().decode(bytes);
  }
  planes(count: number): number[] {
    const width = this.uint();
    if (width > 4) throw new Error(`its numbers are ${width} bytes long`);
    const values = new Array<number>(count).fill(0);
    for (let plane = 0; plane < width; plane++)
      for (let at = 0; at < count; at++) values[at] = values[at]! + this.byte() * 2 ** (8 * plane);
    return values;
  }
  /** Whether the next bytes are `text`'s, passing them if so. */
  startsWith(text: string): boolean {
    const bytes = new TextEncoder().encode(text);
    if (!bytes.every((byte, at) => this.packed[this.at + at] === byte)) return false;
    this.at += bytes.length;
    return true;
  }
  get ended(): boolean {
    return this.at === this.packed.length;
  }
}

/** A packed page list's parts, column by column. */
interface PackedColumns {
  readonly firstPage: number;
  readonly before: Uint8Array;
  readonly after: Uint8Array;
  readonly wordCounts: readonly number[];
  /** Each page's name: its number, then what follows it (empty unless its fragment has a file of its own). */
  readonly names: readonly string[];
  /** Each page's fragment group item, when entries have one. */
  readonly groups?: readonly string[];
}

function readColumns(packed: Uint8Array): PackedColumns {
  try {
    const input = new Reader(packed);
    if (!input.startsWith(MAGIC)) throw new Error("it is not a packed page list");
    const version = input.uint();
    if (version !== VERSION) throw new Error(`it is version ${version} of the format, and this page reads ${VERSION}`);
    const firstPage = input.uint();
    const before = input.bytes();
    const after = input.bytes();
    const count = input.uint();
    const grouped = input.uint() === 1;
    const wordCounts = input.planes(count);
    const names = wordCounts.map((_, place) => {
      const rest = input.text();
      return rest ? pageName(firstPage + place) + rest : pageName(firstPage + place);
    });
    if (!grouped) {
      if (!input.ended) throw new Error("it goes on after its last part");
      return { firstPage, before, after, wordCounts, names };
    }
    const groups = new Array<string>(count);
    let filled = 0;
    for (let runs = input.uint(); runs > 0; runs--) {
      const length = input.uint();
      if (filled + length > count) throw new Error(`its groups hold more than its ${count} pages`);
      groups.fill(input.text(), filled, (filled += length));
    }
    if (filled !== count) throw new Error(`its groups hold ${filled} pages, not ${count}`);
    if (!input.ended) throw new Error("it goes on after its last part");
    return { firstPage, before, after, wordCounts, names, groups };
  } catch (error) {
    throw new Error(`Could not read a packed page list of the search index: ${(error as Error).message}`);
  }
}

/** A packed page list read: Pagefind's metadata file as a layout (for writePagefindMeta), and where its pages start. */
export function readPackedPageList(packed: Uint8Array): PagefindMetaLayout & { readonly firstPage: number } {
  const { firstPage, before, after, wordCounts, names, groups } = readColumns(packed);
  const pages = names.map((hash, place): MetaEntry =>
    groups ? { hash, wordCount: wordCounts[place]!, group: groups[place]! } : { hash, wordCount: wordCounts[place]! },
  );
  return { firstPage, before, pages, after };
}

/**
 * The pages of a packed page list, as readPagefindMeta reads them from Pagefind's (what the search page
 * needs to show a course without a search by words), without writing Pagefind's file first.
 */
export function packedPages(packed: Uint8Array): PagefindMeta {
  const { names, groups } = readColumns(packed);
  return { pages: names.map((hash, place) => (groups?.[place] ? { hash, group: groups[place] } : { hash })) };
}
