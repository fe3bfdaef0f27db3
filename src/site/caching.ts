/**
 * How long browsers and CDNs may keep each file of the built site, and what
 * type each file is served as: the one home of these rules. The `_headers`
 * file and the nginx include (security-headers.ts) and the object-storage
 * deploy (scripts/deploy-s3.ts) are all written from here.
 */

/** A year, never revalidated: for files whose names change whenever their content does. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Everything else may be stored but must be revalidated (a conditional request, answered
 * 304 when unchanged) on every use: pages change with every daily rebuild, and a page must
 * never be shown with a search index or data file of another build.
 */
export const REVALIDATE = "public, max-age=0, must-revalidate";

/**
 * Folders (under the site's base) whose file names carry a hash of their content. A `*` stands for any one
 * folder's name: a search index of more than 10,000 courses has a folder for each later part (shard).
 */
export const IMMUTABLE_FOLDERS: readonly { readonly folder: string; readonly why: string }[] = [
  { folder: "_astro/", why: "Astro names its scripts and style sheets by a hash of their content" },
  {
    folder: "pagefind/fragment/",
    why: "the build names each result's details by a hash of their content (search/page-names.ts)",
  },
  { folder: "pagefind/index/", why: "Pagefind names each chunk of its index by a hash of its content" },
  { folder: "pagefind/shards/*/fragment/", why: "the same as pagefind/fragment/, for each later part of the index" },
  { folder: "pagefind/shards/*/index/", why: "the same as pagefind/index/, for each later part of the index" },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regular expression (as text, without anchors) matching a folder of IMMUTABLE_FOLDERS, `*` as one folder name. */
export const folderPattern = (folder: string): string => folder.split("*").map(escapeRegExp).join("[^/]+");

/** Whether `file` (a path in dist/, with forward slashes) is in `folder`, one of IMMUTABLE_FOLDERS. */
const isInFolder = (file: string, folder: string): boolean => new RegExp(`^${folderPattern(folder)}`).test(file);

/**
 * IMMUTABLE_FOLDERS as folders of a built site: a folder with a `*` once for each folder name that
 * `subfolders` gives for the path before the `*` (none when there is no such folder).
 */
export async function builtImmutableFolders(
  subfolders: (parent: string) => Promise<readonly string[]>,
): Promise<string[]> {
  const found: string[] = [];
  for (const { folder } of IMMUTABLE_FOLDERS) {
    const [before, after, ...more] = folder.split("*");
    if (more.length > 0) throw new Error(`${folder}: a folder of IMMUTABLE_FOLDERS may hold one * only`);
    if (after === undefined) found.push(folder);
    else for (const name of await subfolders(before!)) found.push(`${before}${name}${after}`);
  }
  return found;
}

/** The Cache-Control a file of dist/ is served with; `file` is its path in dist/, with forward slashes. */
export function cacheControlFor(file: string): string {
  return IMMUTABLE_FOLDERS.some(({ folder }) => isInFolder(file, folder)) ? IMMUTABLE : REVALIDATE;
}

/** Content types by file ending, for every kind of file the build writes. */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".atom": "application/atom+xml",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".conf": "text/plain; charset=utf-8",
  // Compressed by the build; the search page unpacks them itself, so no Content-Encoding is sent.
  ".gz": "application/gzip",
  // Pagefind's index, packed by Pagefind and unpacked by its script; and the page lists' packed copies.
  ".pf_meta": "application/octet-stream",
  ".pf_pages": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

/** The Content-Type a file of dist/ is served with (application/octet-stream for an unknown ending). */
export function contentTypeFor(file: string): string {
  const dot = file.lastIndexOf(".");
  const ending = dot > file.lastIndexOf("/") ? file.slice(dot).toLowerCase() : "";
  // `_headers` and any other file without an ending.
  return CONTENT_TYPES[ending] ?? (ending === "" ? "text/plain; charset=utf-8" : "application/octet-stream");
}

/**
 * Text the site serves that compresses well, for servers and CDNs that must be told (HTML is
 * always compressed). Not the search index's own files (`.pf_*`, `.json.gz`): they are
 * compressed already, and the search page unpacks them.
 */
export const COMPRESSIBLE_TYPES = [
  "text/css",
  "application/javascript",
  "text/javascript",
  "application/json",
  "application/ld+json",
  "application/xml",
  "application/atom+xml",
  "image/svg+xml",
  "text/calendar",
  "text/csv",
];
