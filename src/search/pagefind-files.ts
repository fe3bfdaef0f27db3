/**
 * What the build and the search page read of a Pagefind index themselves,
 * in one place so the two read it the same way: the entry file (which index
 * is current), the fragment files (a page's URL and meta) and the names the
 * build gives pages (their numbers: page-names.ts), from which the search
 * page reads each result's number. Its metadata file, the page list, is
 * read and written in pagefind-meta.ts.
 *
 * Every file of Pagefind's starts with the text "pagefind_dcd" once
 * decompressed; a file without it is refused.
 */

/** What every one of Pagefind's files starts with, once decompressed. */
export const SIGNATURE = "pagefind_dcd";

/** One page of the index. */
export interface MetaPage {
  /** The name Pagefind gives results by. */
  readonly hash: string;
  /** The fragment file that holds it with others (`fragment/<group>.pf_fragment`), if fragments are grouped. */
  readonly group?: string;
}

/** The content of one of Pagefind's own files (once decompressed), after the signature they all start with. */
export function pagefindContent(bytes: Uint8Array, what: string): Uint8Array {
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
 * The fragments in a fragment file's bytes (once decompressed), by page name:
 * a group's file maps names to fragments; a page's own file is its fragment.
 */
export function readFragments(bytes: Uint8Array, page: MetaPage): Record<string, Fragment> {
  const json = JSON.parse(new TextDecoder().decode(pagefindContent(bytes, "fragment file")));
  return page.group ? json : { [page.hash]: json };
}

/** A fragment file's bytes (before compression) holding `fragments`: a group's file, by page name, or a page's own file. */
export function fragmentFileBytes(fragments: Record<string, unknown>, grouped: boolean): Uint8Array {
  const pages = Object.values(fragments);
  if (!grouped && pages.length !== 1) throw new Error("A page's own fragment file holds one fragment");
  return new TextEncoder().encode(SIGNATURE + JSON.stringify(grouped ? fragments : pages[0]));
}

/**
 * The name the build gives a page in the index: its page number (see index-shards.ts), in decimal; for a
 * page whose fragment has a file of its own, which is named after the page, a hash of that file after it,
 * so the file's name changes with its content.
 */
export const pageName = (page: number, ownFileHash?: string): string =>
  ownFileHash === undefined ? String(page) : `${page}_${ownFileHash}`;

/** The page number a page's name gives, or undefined when it is not one. */
export function pageNumberOf(name: string | undefined): number | undefined {
  const match = name === undefined ? null : /^(0|[1-9]\d*)(?:_[0-9a-f]+)?$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Whether bytes are gzip (Pagefind compresses its files itself; a host may also have unpacked them). */
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
