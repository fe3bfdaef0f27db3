import { gzipSync } from "node:zlib";
import { packPageList } from "../../src/search/pack-page-list.ts";

/** CBOR as Pagefind writes its files: arrays, text and whole numbers (negative too), each head in the fewest bytes. */
export function cbor(value: unknown): number[] {
  const head = (major: number, length: number) =>
    length < 24
      ? [(major << 5) | length]
      : length < 0x100
        ? [(major << 5) | 24, length]
        : length < 0x10000
          ? [(major << 5) | 25, length >> 8, length & 0xff]
          : [(major << 5) | 26, ...[24, 16, 8, 0].map((shift) => (length >>> shift) & 0xff)];
  if (typeof value === "number") return value < 0 ? head(1, -1 - value) : head(0, value);
  if (typeof value === "string") {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  const items = value as unknown[];
  return [...head(4, items.length), ...items.flatMap(cbor)];
}

/** One of Pagefind's files, uncompressed: its signature, then its content. */
export const pagefindContent = (content: Uint8Array) =>
  Buffer.concat([Buffer.from("pagefind_dcd"), Buffer.from(content)]);

/**
 * A Pagefind page list (uncompressed) of pages named and grouped as given, with a word count of 10 each, and
 * the word index chunks given as [from, to, hash].
 */
export const pageListContent = (
  pages: readonly (readonly [string, string])[],
  chunks: readonly (readonly [string, string, string])[] = [],
) => pagefindContent(new Uint8Array(cbor(["1.6.0", pages.map(([hash, group]) => [hash, 10, group]), chunks, [], []])));

/** A Pagefind page list, compressed as Pagefind writes it. */
export const pageList = (pages: readonly (readonly [string, string])[]) => gzipSync(pageListContent(pages));

/** The packed copy of a Pagefind page list (packed-page-list.ts) whose pages are numbered from `firstPage`, compressed as the build writes it. */
export const packedPageList = (pages: readonly (readonly [string, string])[], firstPage: number) =>
  gzipSync(packPageList(pageListContent(pages), firstPage));

/** A Pagefind fragment group file, compressed, holding a URL for each page name. */
export const fragments = (byName: Record<string, string>) =>
  gzipSync(
    pagefindContent(
      new TextEncoder().encode(
        JSON.stringify(Object.fromEntries(Object.entries(byName).map(([name, url]) => [name, { url, meta: {} }]))),
      ),
    ),
  );
