import { Cbor, CborWriter } from "./cbor.ts";
import { pagefindContent, SIGNATURE, type MetaPage } from "./pagefind-files.ts";

/**
 * Pagefind's metadata file (`pagefind.<hash>.pf_meta`), its page list, as the
 * build and the search page read and write it: its pages by page number, with
 * the fragment file each is in, and the word index's chunks. The build keys its
 * filter sets by page number, renames Pagefind's pages by their numbers
 * (page-names.ts), closes some chunks' ranges (chunk-ends.ts) and packs the list
 * for the search page (packed-page-list.ts), which unpacks it for Pagefind.
 *
 * The format is Pagefind's own (1.6): the text "pagefind_dcd", then CBOR: a
 * fixed array of the generator's version; the pages, each an array of its
 * hash, word count and (when fragments are grouped) its group's hash; the
 * index chunks; the filter chunks; the sorts (none: the build writes its
 * own, see sort-orders.ts); and what follows, kept as it is. A file in any
 * other shape is refused.
 *
 * The build renames every page after Pagefind writes a shard (see page-names.ts): Pagefind names a page
 * by a hash of its content, 7 hex digits that compress to nothing, which made its page list 8 bytes a
 * page; named by its page number instead, the list compresses to about 4.
 */

/** What the search page and the build need of an index's metadata. */
export interface PagefindMeta {
  /** By page number. */
  readonly pages: readonly MetaPage[];
}

/** A page of the metadata file, with its word count and where its name and group are in the file (after the signature). */
interface PageItems extends MetaPage {
  /** How many words Pagefind counted on the page (it ranks by them). */
  readonly wordCount: number;
  /** How many items its entry has (Pagefind's three, or two when fragments are not grouped). */
  readonly fields: number;
  readonly hashAt: readonly [number, number];
  readonly groupAt?: readonly [number, number];
}

/**
 * One chunk of the word index (`index/<hash>.pf_index`), as the metadata file names it: Pagefind loads the
 * chunks a search's words need by the range of words each holds, `from` to `to` (see chunk-ends.ts).
 */
export interface IndexChunk {
  readonly from: string;
  readonly to: string;
  readonly hash: string;
}

/** A chunk of the word index, with where its `to` is in the file (after the signature). */
interface ChunkItems extends IndexChunk {
  readonly toAt: readonly [number, number];
}

/** The metadata file's content (after the signature) read as its pages, and where they start and end, and its index chunks. */
function readMetaPages(content: Uint8Array): {
  pages: PageItems[];
  pagesAt: readonly [number, number];
  chunks: ChunkItems[];
} {
  try {
    const cbor = new Cbor(content);
    if (cbor.arrayLength() < 5) throw new Error("too few parts");
    cbor.string(); // The generator's version.
    const pages: PageItems[] = [];
    const pageCount = cbor.arrayLength();
    const pagesStart = cbor.at;
    for (let page = 0; page < pageCount; page++) {
      const fields = cbor.arrayLength();
      if (fields < 2) throw new Error(`page ${page} has too few fields`);
      const hashStart = cbor.at;
      const hash = cbor.string();
      const hashAt = [hashStart, cbor.at] as const;
      const wordCount = cbor.uint();
      const groupStart = cbor.at;
      const group = fields >= 3 ? cbor.string() : "";
      const groupAt = [groupStart, cbor.at] as const;
      for (let field = 3; field < fields; field++) cbor.skip();
      pages.push(group ? { hash, group, wordCount, fields, hashAt, groupAt } : { hash, wordCount, fields, hashAt });
    }
    const pagesEnd = cbor.at;
    const chunks: ChunkItems[] = [];
    const chunkCount = cbor.arrayLength();
    for (let chunk = 0; chunk < chunkCount; chunk++) {
      const fields = cbor.arrayLength();
      if (fields < 3) throw new Error(`index chunk ${chunk} has too few fields`);
      const from = cbor.string();
      const toStart = cbor.at;
      const to = cbor.string();
      const toAt = [toStart, cbor.at] as const;
      const hash = cbor.string();
      for (let field = 3; field < fields; field++) cbor.skip();
      chunks.push({ from, to, hash, toAt });
    }
    cbor.skip(); // The filter chunks.
    cbor.skip(); // The sorts.
    return { pages, pagesAt: [pagesStart, pagesEnd], chunks };
  } catch (error) {
    throw new Error(`Could not read the Pagefind metadata file: ${(error as Error).message}`);
  }
}

/** Reads the metadata file's bytes (once decompressed). */
export function readPagefindMeta(meta: Uint8Array): PagefindMeta {
  const { pages } = readMetaPages(pagefindContent(meta, "metadata file"));
  return { pages: pages.map(({ hash, group }) => (group ? { hash, group } : { hash })) };
}

/** A CBOR text item. */
function cborText(text: string): Uint8Array {
  const writer = new CborWriter();
  writer.text(text);
  return writer.done();
}

/** Joins byte arrays. */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** The metadata file's bytes (once decompressed) with the text items at the given places (after the signature, in order) replaced. */
function replaceTexts(
  meta: Uint8Array,
  replacements: readonly (readonly [at: readonly [number, number], text: string])[],
) {
  const content = pagefindContent(meta, "metadata file");
  const parts: Uint8Array[] = [meta.subarray(0, SIGNATURE.length)];
  let copiedTo = 0;
  for (const [[start, end], text] of replacements) {
    parts.push(content.subarray(copiedTo, start), cborText(text));
    copiedTo = end;
  }
  parts.push(content.subarray(copiedTo));
  return concat(parts);
}

/**
 * The metadata file's bytes (once decompressed) with each page's name and group changed to what `rename`
 * gives for it (by its place in the file); everything else is kept byte for byte.
 */
export function renameMetaPages(meta: Uint8Array, rename: (page: MetaPage, place: number) => MetaPage): Uint8Array {
  const replacements: [readonly [number, number], string][] = [];
  readMetaPages(pagefindContent(meta, "metadata file")).pages.forEach((page, place) => {
    const renamed = rename(page, place);
    replacements.push([page.hashAt, renamed.hash]);
    if (page.groupAt) {
      if (!renamed.group) throw new Error(`Page ${place} is in a group of fragments, so it must stay in one`);
      replacements.push([page.groupAt, renamed.group]);
    } else if (renamed.group)
      throw new Error(`Page ${place} has a fragment file of its own, so it cannot be given a group`);
  });
  return replaceTexts(meta, replacements);
}

/** The word index's chunks that a metadata file's bytes (once decompressed) name, in its order. */
export const readIndexChunks = (meta: Uint8Array): IndexChunk[] =>
  readMetaPages(pagefindContent(meta, "metadata file")).chunks.map(({ from, to, hash }) => ({ from, to, hash }));

/**
 * The metadata file's bytes (once decompressed) with each index chunk's `to` changed to what `end` gives
 * for it; everything else is kept byte for byte.
 */
export const setChunkEnds = (meta: Uint8Array, end: (chunk: IndexChunk) => string): Uint8Array =>
  replaceTexts(
    meta,
    readMetaPages(pagefindContent(meta, "metadata file")).chunks.map((chunk) => [chunk.toAt, end(chunk)] as const),
  );

/** One page's entry in a metadata file, as PagefindMetaLayout holds it. */
export interface MetaEntry {
  readonly hash: string;
  readonly wordCount: number;
  /** The entry's third item, its fragment group's name ("" when not grouped), if it has one. */
  readonly group?: string;
}

/**
 * A metadata file's bytes (once decompressed) cut into its page entries and the bytes around them, so
 * that a smaller copy of the entries can be packed (see packed-page-list.ts) and the file written again.
 */
export interface PagefindMetaLayout {
  /** Everything before the first page's entry: the signature, the version and the pages' count. */
  readonly before: Uint8Array;
  readonly pages: readonly MetaEntry[];
  /** Everything after the last page's entry: the index chunks, filters and sorts. */
  readonly after: Uint8Array;
}

/** Reads a metadata file's bytes (once decompressed) as its layout. */
export function readPagefindMetaLayout(meta: Uint8Array): PagefindMetaLayout {
  const content = pagefindContent(meta, "metadata file");
  const { pages, pagesAt } = readMetaPages(content);
  return {
    before: meta.subarray(0, SIGNATURE.length + pagesAt[0]),
    pages: pages.map(({ hash, group, wordCount, fields }) => {
      if (fields > 3)
        throw new Error(`Could not read the Pagefind metadata file: a page has ${fields} fields, not 2 or 3`);
      return fields === 3 ? { hash, wordCount, group: group ?? "" } : { hash, wordCount };
    }),
    after: content.subarray(pagesAt[1]),
  };
}

/** The metadata file's bytes (before compression) for a layout: what readPagefindMetaLayout read, written back. */
export function writePagefindMeta({ before, pages, after }: PagefindMetaLayout): Uint8Array {
  const writer = new CborWriter(before.length + after.length + pages.length * 32);
  writer.bytes(before);
  for (const page of pages) {
    writer.head(4, page.group === undefined ? 2 : 3);
    writer.text(page.hash);
    writer.head(0, page.wordCount);
    if (page.group !== undefined) writer.text(page.group);
  }
  writer.bytes(after);
  return writer.done();
}
