/**
 * What the build and the search page read of a Pagefind index themselves,
 * in one place so the two read it the same way: the entry file (which index
 * is current), the metadata file (`pagefind.<hash>.pf_meta`: its pages by
 * page number, with the fragment file each is in, and its sort orders), and
 * the fragment files (a page's URL and meta). The build keys its filter sets
 * by page number, and the search page maps each result (which Pagefind names
 * by its hash) back to its number.
 *
 * The format is Pagefind's own (1.6): the text "pagefind_dcd", then CBOR: a
 * fixed array of the generator's version; the pages, each an array of its
 * hash, word count and (when fragments are grouped) its group's hash; the
 * index chunks; the filter chunks; and the sorts (none: the build writes its
 * own, see sort-orders.ts). A file in any other shape is refused.
 */

const SIGNATURE = "pagefind_dcd";

/** A CBOR reader for the little the metadata needs: unsigned integers, text, byte strings and arrays. */
class Cbor {
  private at = 0;
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

/** One page of the index. */
export interface MetaPage {
  /** The name Pagefind gives results by. */
  readonly hash: string;
  /** The fragment file that holds it with others (`fragment/<group>.pf_fragment`), if fragments are grouped. */
  readonly group?: string;
}

/** What the search page and the build need of an index's metadata. */
export interface PagefindMeta {
  /** By page number. */
  readonly pages: readonly MetaPage[];
}

/** The content of one of Pagefind's own files (once decompressed), after the signature they all start with. */
function pagefindContent(bytes: Uint8Array, what: string): Uint8Array {
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new Error(`Not a Pagefind ${what}: its signature is missing`);
  return bytes.subarray(SIGNATURE.length);
}

/** The hash naming the current index, from `pagefind-entry.json` (this catalogue's pages are all English). */
export function currentIndex(entry: unknown): string {
  const hash = (entry as { languages?: Record<string, { hash?: string }> }).languages?.en?.hash;
  if (!hash) throw new Error("The search index has no English pages");
  return hash;
}

/** A page's URL and meta, as its fragment holds them. */
export interface Fragment {
  readonly url: string;
  readonly meta: Record<string, string>;
}

/** The fragment file a page is in, relative to the index folder: its group's, or its own. */
export const fragmentFile = (page: MetaPage) => `fragment/${page.group ?? page.hash}.pf_fragment`;

/**
 * The fragments in a fragment file's bytes (once decompressed), by page hash:
 * a group's file maps hashes to fragments; a page's own file is its fragment.
 */
export function readFragments(bytes: Uint8Array, page: MetaPage): Record<string, Fragment> {
  const json = JSON.parse(new TextDecoder().decode(pagefindContent(bytes, "fragment file")));
  return page.group ? json : { [page.hash]: json };
}

/** Reads the metadata file's bytes (once decompressed). */
export function readPagefindMeta(meta: Uint8Array): PagefindMeta {
  const content = pagefindContent(meta, "metadata file");
  try {
    const cbor = new Cbor(content);
    if (cbor.arrayLength() < 5) throw new Error("too few parts");
    cbor.string(); // The generator's version.
    const pages: MetaPage[] = [];
    const pageCount = cbor.arrayLength();
    for (let page = 0; page < pageCount; page++) {
      const fields = cbor.arrayLength();
      if (fields < 2) throw new Error(`page ${page} has too few fields`);
      const hash = cbor.string();
      cbor.uint(); // Its word count.
      const group = fields >= 3 ? cbor.string() : "";
      for (let field = 3; field < fields; field++) cbor.skip();
      pages.push(group ? { hash, group } : { hash });
    }
    cbor.skip(); // The index chunks.
    cbor.skip(); // The filter chunks.
    cbor.skip(); // The sorts.
    return { pages };
  } catch (error) {
    throw new Error(`Could not read the Pagefind metadata file: ${(error as Error).message}`);
  }
}

/** Whether bytes are gzip (Pagefind compresses its files itself; a host may also have unpacked them). */
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
