/**
 * The search index as several Pagefind indexes ("shards") of consecutive
 * pages, in page order: shard 0 holds pages 0 to 9,999, shard 1 the next
 * 10,000, and so on. Page numbers run on across shards, so the filter, sort
 * and run files beside the index name every course by one number.
 *
 * Why: Pagefind's indexer holds a whole index in memory while it writes its
 * files, about 90 KB a course (4.5 GB at 50,000 courses). The build writes
 * each shard with an indexer process of its own, one after another, so its
 * memory is one shard's whatever the catalogue's size. The search page
 * merges the shards for a search by words (Pagefind's `mergeIndex`), and
 * otherwise reads only the page lists of the shards whose courses it shows.
 * A catalogue of up to 10,000 courses is one shard, in the index folder
 * itself, as before.
 */

/** The most pages one shard holds, unless the build is told otherwise; every shard but the last holds exactly that many. */
export const PAGES_PER_SHARD = 10_000;

/** How many shards an index of `pages` pages has, at `pagesPerShard` a shard (one, even when empty). */
export const shardCount = (pages: number, pagesPerShard: number): number =>
  Math.max(1, Math.ceil(pages / pagesPerShard));

/** The shard holding a page number. */
export const shardOf = (index: IndexShards, page: number): number => Math.floor(page / index.pagesPerShard);

/** The first page number of a shard. */
export const firstPageOf = (index: IndexShards, shard: number): number => shard * index.pagesPerShard;

/** A shard's folder, relative to the index folder (with a trailing slash; empty for the first shard). */
export const shardFolder = (shard: number): string => (shard === 0 ? "" : `shards/${shard}/`);

/** The file naming the current index, relative to the index folder: the search page asks for it as it opens. */
export const CURRENT_INDEX_FILE = "current-index.json";

/** What the current-index file holds. */
export interface CurrentIndexFile {
  /** The index's name (see `indexName`). */
  readonly index: string;
}

/** A whole index: how many pages it holds, the most one shard holds, and each shard's Pagefind name (the hash in its page list's file name). */
export interface IndexShards {
  readonly pages: number;
  readonly pagesPerShard: number;
  readonly shards: readonly string[];
}

/**
 * The index's name, which every file written beside it carries, so a copy
 * left from another build is never used with it: its page count, the most
 * pages a shard holds, and its shards' names, as `50000:10000:en_1a2b3c4+en_5d6e7f8+…`.
 */
export const indexName = ({ pages, pagesPerShard, shards }: IndexShards): string =>
  `${pages}:${pagesPerShard}:${shards.join("+")}`;

/** Reads an index's name back; throws when it is not one. */
export function readIndexName(name: string): IndexShards {
  const match = /^(\d+):([1-9]\d*):([\w-]+(?:\+[\w-]+)*)$/.exec(name);
  if (!match) throw new Error(`"${name}" is not the name of a search index`);
  const pages = Number(match[1]);
  const pagesPerShard = Number(match[2]);
  const shards = match[3]!.split("+");
  const needed = shardCount(pages, pagesPerShard);
  if (shards.length !== needed)
    throw new Error(`The search index "${name}" has ${shards.length} shards, but its ${pages} pages need ${needed}`);
  return { pages, pagesPerShard, shards };
}

/** A shard's page list file (Pagefind's metadata file), relative to the index folder. */
export const shardMetaFile = (shard: number, hash: string): string => `${shardFolder(shard)}pagefind.${hash}.pf_meta`;

/** The packed copy of the page list named `pagefind.<hash>.pf_meta`, beside it (see packed-page-list.ts). */
export const packedPageListName = (metaHash: string) => `pagefind.${metaHash}.pf_pages`;

/** A shard's packed page list, which the search page downloads instead (see packed-page-list.ts), relative to the index folder. */
export const shardPackedPageListFile = (shard: number, hash: string): string =>
  `${shardFolder(shard)}${packedPageListName(hash)}`;
