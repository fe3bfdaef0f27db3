import { pageName } from "./pagefind-files.ts";
import {
  readPagefindMetaLayout,
  writePagefindMeta,
  type MetaEntry,
  type PagefindMeta,
  type PagefindMetaLayout,
} from "./pagefind-meta.ts";

/**
 * A shard's page list packed for the search page: `pagefind.<hash>.pf_pages`, beside Pagefind's own
 * `pagefind.<hash>.pf_meta` (the same hash; see index-shards.ts), gzip-compressed. Pagefind needs every page's entry before a
 * search by words (its name, word count and fragment group), and its CBOR interleaves them so that gzip
 * leaves about 4 bytes a page: 40 KB a shard of 10,000 courses, five at 50,000. Packed column by column,
 * with the names left out (each is its page number: see page-names.ts) and a group named once for its
 * run of pages, the same entries take about 1.6 bytes a page, and 0.7 without word counts (ranking.ts).
 * The search page unpacks it into Pagefind's bytes, exactly but for those (the build checks it for every
 * shard), and hands them to Pagefind (pagefind-fetch.ts).
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
const MAGIC = "PFPL";
const VERSION = 1;

class Writer {
  private readonly parts: number[] = [];
  uint(value: number): void {
    if (!Number.isInteger(value) || value < 0) throw new Error(`Cannot pack ${value} as a whole number`);
    for (; value >= 0x80; value = Math.floor(value / 0x80)) this.parts.push((value % 0x80) | 0x80);
    this.parts.push(value);
  }
  bytes(bytes: Uint8Array): void {
    this.uint(bytes.length);
    for (const byte of bytes) this.parts.push(byte);
  }
  text(text: string): void {
    this.bytes(new TextEncoder().encode(text));
  }
  /** Whole numbers below 2 ** 32, as many bytes each as the largest needs, lowest bytes first, then the next. */
  planes(values: readonly number[]): void {
    const largest = values.reduce((most, value) => Math.max(most, value), 0);
    if (!Number.isInteger(largest) || largest >= 2 ** 32) throw new Error(`Cannot pack ${largest} in four bytes`);
    const width = largest === 0 ? 0 : Math.ceil(Math.log2(largest + 1) / 8);
    this.uint(width);
    for (let plane = 0; plane < width; plane++)
      for (const value of values) this.parts.push((value >>> (8 * plane)) & 0xff);
  }
  raw(text: string): void {
    for (const byte of new TextEncoder().encode(text)) this.parts.push(byte);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

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

/**
 * Packs a shard's Pagefind metadata file (its bytes once decompressed), whose pages are named from
 * `firstPage` on. Throws when a page's name does not start with its number.
 *
 * `wordCounts: false` packs every page's word count as 1, which costs next to nothing: for a search page
 * that has Pagefind rank without them (ranking.ts), the page list then unpacks to Pagefind's with that
 * one change (see withoutWordCounts).
 */
export function packPageList(meta: Uint8Array, firstPage: number, { wordCounts = true } = {}): Uint8Array {
  const layout = readPagefindMetaLayout(meta);
  const { before, pages, after } = wordCounts ? layout : withoutWordCounts(layout);
  const grouped = pages.length > 0 && pages[0]!.group !== undefined;
  const out = new Writer();
  out.raw(MAGIC);
  out.uint(VERSION);
  out.uint(firstPage);
  out.bytes(before);
  out.bytes(after);
  out.uint(pages.length);
  out.uint(grouped ? 1 : 0);
  out.planes(pages.map((page) => page.wordCount));
  pages.forEach((page, place) => {
    const number = pageName(firstPage + place);
    if (!page.hash.startsWith(number) || (page.hash.length > number.length && page.hash[number.length] !== "_"))
      throw new Error(`Page ${firstPage + place} of the search index is named "${page.hash}", not by its number`);
    out.text(page.hash.slice(number.length));
  });
  if (grouped) {
    const runs: { group: string; length: number }[] = [];
    for (const page of pages) {
      if (page.group === undefined)
        throw new Error("Some pages of the search index shard have a fragment group item, some not");
      const last = runs.at(-1);
      if (last && last.group === page.group) last.length += 1;
      else runs.push({ group: page.group, length: 1 });
    }
    out.uint(runs.length);
    for (const { group, length } of runs) {
      out.uint(length);
      out.text(group);
    }
  }
  return out.done();
}

/** A page list with every page's word count 1: Pagefind's average page length is then 1, never 0, as it divides by it. */
export const withoutWordCounts = (layout: PagefindMetaLayout): PagefindMetaLayout => ({
  ...layout,
  pages: layout.pages.map((page) => ({ ...page, wordCount: 1 })),
});

/** A packed page list read: Pagefind's metadata file as a layout, and where its pages start. */
function readPacked(packed: Uint8Array): PagefindMetaLayout & { readonly firstPage: number } {
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
    const names = wordCounts.map((_, place) => pageName(firstPage + place) + input.text());
    const groups: string[] = [];
    if (grouped)
      for (let runs = input.uint(); runs > 0; runs--) {
        const length = input.uint();
        const group = input.text();
        for (let page = 0; page < length; page++) groups.push(group);
      }
    if (grouped && groups.length !== count) throw new Error(`its groups hold ${groups.length} pages, not ${count}`);
    if (!input.ended) throw new Error("it goes on after its last part");
    const pages = names.map((hash, place): MetaEntry =>
      grouped
        ? { hash, wordCount: wordCounts[place]!, group: groups[place]! }
        : { hash, wordCount: wordCounts[place]! },
    );
    return { firstPage, before, pages, after };
  } catch (error) {
    throw new Error(`Could not read a packed page list of the search index: ${(error as Error).message}`);
  }
}

/** Pagefind's metadata file (its bytes before compression) from a packed page list. */
export const unpackPageList = (packed: Uint8Array): Uint8Array => writePagefindMeta(readPacked(packed));

/**
 * The pages of a packed page list, as readPagefindMeta reads them from Pagefind's (what the search page
 * needs to show a course without a search by words), without writing Pagefind's file first.
 */
export const packedPages = (packed: Uint8Array): PagefindMeta => ({
  pages: readPacked(packed).pages.map(({ hash, group }) => (group ? { hash, group } : { hash })),
});
