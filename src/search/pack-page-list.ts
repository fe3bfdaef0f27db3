import { pageName } from "./pagefind-files.ts";
import { readPagefindMetaLayout, writePagefindMeta, type PagefindMetaLayout } from "./pagefind-meta.ts";
import { MAGIC, readPackedPageList, VERSION } from "./packed-page-list.ts";

/**
 * Packs a shard's page list for the search page, as the build writes it, and unpacks it into Pagefind's
 * own file, which the search page hands to Pagefind. The format, and the reader the page uses for its own
 * listing, are in packed-page-list.ts; this side loads with Pagefind, not with the page's script.
 */

/** Writes the parts of a packed page list, as packed-page-list.ts reads them. */
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

/** Pagefind's metadata file (its bytes before compression) from a packed page list. */
export const unpackPageList = (packed: Uint8Array): Uint8Array => writePagefindMeta(readPackedPageList(packed));
