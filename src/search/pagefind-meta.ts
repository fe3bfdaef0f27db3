import { pagefindContent, SIGNATURE, type MetaPage } from "./pagefind-files.ts";

/**
 * Pagefind's metadata file (`pagefind.<hash>.pf_meta`), its page list, as the
 * build and the search page read and write it: its pages by page number, with
 * the fragment file each is in. The build keys its filter sets by page number,
 * renames Pagefind's pages by their numbers (page-names.ts) and packs the list
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

/** A CBOR reader for the little the metadata needs: unsigned integers, text, byte strings and arrays. */
class Cbor {
  /** Where the next item starts. */
  at = 0;
  private readonly text = new TextDecoder();
  private readonly bytes: Uint8Array;
  /** The whole file read as one byte per character, for cutting ASCII text from. */
  private ascii: string | undefined;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** The next item's major type and its argument (a length or a value). */
  private head(): { major: number; argument: number } {
    const first = this.byte();
    const major = first >> 5;
    const info = first & 0x1f;
    if (info < 24) return { major, argument: info };
    const size = { 24: 1, 25: 2, 26: 4 }[info];
    if (!size) throw new Error(`unexpected CBOR item (0x${first.toString(16)}) at byte ${this.at - 1}`);
    let argument = 0;
    for (let i = 0; i < size; i++) argument = argument * 256 + this.byte();
    return { major, argument };
  }

  private byte(): number {
    if (this.at >= this.bytes.length) throw new Error("the file ends early");
    return this.bytes[this.at++]!;
  }

  uint(): number {
    const { major, argument } = this.head();
    if (major !== 0) throw new Error(`expected a number, found CBOR type ${major}`);
    return argument;
  }

  arrayLength(): number {
    const { major, argument } = this.head();
    if (major !== 4) throw new Error(`expected an array, found CBOR type ${major}`);
    return argument;
  }

  string(): string {
    const { major, argument } = this.head();
    if (major !== 3) throw new Error(`expected text, found CBOR type ${major}`);
    const end = this.at + argument;
    if (end > this.bytes.length) throw new Error("the file ends early");
    const start = this.at;
    this.at = end;
    for (let at = start; at < end; at++)
      if (this.bytes[at]! >= 0x80) return this.text.decode(this.bytes.subarray(start, end));
    // Hashes are short and ASCII: cut from the file decoded once, as a decoder call per hash took several times longer.
    this.ascii ??= new TextDecoder("latin1").decode(this.bytes);
    return this.ascii.slice(start, end);
  }

  skip(): void {
    const { major, argument } = this.head();
    if (major === 2 || major === 3) this.at += argument;
    else if (major === 4) for (let i = 0; i < argument; i++) this.skip();
    else if (major !== 0) throw new Error(`unexpected CBOR type ${major}`);
  }
}

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

/** The metadata file's content (after the signature) read as its pages, and where they start and end. */
function readMetaPages(content: Uint8Array): { pages: PageItems[]; pagesAt: readonly [number, number] } {
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
    cbor.skip(); // The index chunks.
    cbor.skip(); // The filter chunks.
    cbor.skip(); // The sorts.
    return { pages, pagesAt: [pagesStart, pagesEnd] };
  } catch (error) {
    throw new Error(`Could not read the Pagefind metadata file: ${(error as Error).message}`);
  }
}

/** Reads the metadata file's bytes (once decompressed). */
export function readPagefindMeta(meta: Uint8Array): PagefindMeta {
  const { pages } = readMetaPages(pagefindContent(meta, "metadata file"));
  return { pages: pages.map(({ hash, group }) => (group ? { hash, group } : { hash })) };
}

/**
 * Writes CBOR items as Pagefind does (each head in the fewest bytes) into one buffer that grows as
 * needed: the search page writes a whole page list this way before its first search by words.
 */
class CborWriter {
  private out: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();
  constructor(expectedBytes = 64) {
    this.out = new Uint8Array(expectedBytes);
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.out.length) return;
    const larger = new Uint8Array(Math.max(this.out.length * 2, this.at + bytes));
    larger.set(this.out.subarray(0, this.at));
    this.out = larger;
  }

  /** An item's head: its major type and its argument (a length or a value). */
  head(major: number, argument: number): void {
    this.room(5);
    const type = major << 5;
    const out = this.out;
    if (argument < 24) out[this.at++] = type | argument;
    else if (argument < 0x100) {
      out[this.at++] = type | 24;
      out[this.at++] = argument;
    } else if (argument < 0x10000) {
      out[this.at++] = type | 25;
      out[this.at++] = argument >> 8;
      out[this.at++] = argument & 0xff;
    } else {
      out[this.at++] = type | 26;
      for (const shift of [24, 16, 8, 0]) out[this.at++] = (argument >>> shift) & 0xff;
    }
  }

  /** A text item: ASCII (page numbers, hashes) copied as it is, anything else through the encoder. */
  text(value: string): void {
    let ascii = true;
    for (let at = 0; at < value.length && ascii; at++) ascii = value.charCodeAt(at) < 0x80;
    if (!ascii) {
      const body = this.encoder.encode(value);
      this.head(3, body.length);
      this.bytes(body);
      return;
    }
    this.head(3, value.length);
    this.room(value.length);
    for (let at = 0; at < value.length; at++) this.out[this.at++] = value.charCodeAt(at);
  }

  /** Bytes as they are (already CBOR). */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.out.set(bytes, this.at);
    this.at += bytes.length;
  }

  done(): Uint8Array {
    return this.out.slice(0, this.at);
  }
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

/**
 * The metadata file's bytes (once decompressed) with each page's name and group changed to what `rename`
 * gives for it (by its place in the file); everything else is kept byte for byte.
 */
export function renameMetaPages(meta: Uint8Array, rename: (page: MetaPage, place: number) => MetaPage): Uint8Array {
  const content = pagefindContent(meta, "metadata file");
  const parts: Uint8Array[] = [meta.subarray(0, SIGNATURE.length)];
  let copiedTo = 0;
  const replace = ([start, end]: readonly [number, number], text: string) => {
    parts.push(content.subarray(copiedTo, start), cborText(text));
    copiedTo = end;
  };
  readMetaPages(content).pages.forEach((page, place) => {
    const renamed = rename(page, place);
    replace(page.hashAt, renamed.hash);
    if (page.groupAt) {
      if (!renamed.group) throw new Error(`Page ${place} is in a group of fragments, so it must stay in one`);
      replace(page.groupAt, renamed.group);
    } else if (renamed.group)
      throw new Error(`Page ${place} has a fragment file of its own, so it cannot be given a group`);
  });
  parts.push(content.subarray(copiedTo));
  return concat(parts);
}

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
