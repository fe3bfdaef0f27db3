import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { transform } from "esbuild";
import * as pagefind from "pagefind";
import { CURRENT_INDEX_FILE, indexName, PAGES_PER_SHARD, shardFolder, type CurrentIndexFile } from "./index-shards.ts";
import { currentIndex } from "./pagefind-files.ts";
import type { SearchRecord } from "./record.ts";
import { writeDictionary } from "./write-dictionary.ts";
import { writePageLists } from "./write-page-lists.ts";

/**
 * Writes the search index for the given records, in page order, into
 * `outputPath`: one Pagefind index per `pagesPerShard` records (see
 * index-shards.ts), then the filter, sort and dictionary files beside them.
 * Pagefind reports problems as return values, not exceptions, so each is
 * checked: a record that fails to index must fail the build, never vanish
 * from search. Returns the index's name.
 */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  outputPath: string,
  options: {
    /** Most fragment files the whole index may have, shared among the shards by their size. */
    maxFragments?: number;
    filterKeys: readonly string[];
    /** Filters whose values a search's words can name: each value gets a file of its own too. */
    valueFileKeys?: readonly string[];
    /** The most pages one shard holds (PAGES_PER_SHARD unless told). */
    pagesPerShard?: number;
  },
): Promise<string> {
  const pagesPerShard = options.pagesPerShard ?? PAGES_PER_SHARD;
  const shards: string[] = [];
  for (let first = 0; first === 0 || first < records.length; first += pagesPerShard) {
    const shardRecords = records.slice(first, first + pagesPerShard);
    const maxFragments =
      options.maxFragments === undefined
        ? undefined
        : Math.max(1, Math.floor((options.maxFragments * shardRecords.length) / Math.max(1, records.length)));
    const folder = path.join(outputPath, shardFolder(shards.length));
    shards.push(await writeShard(shardRecords, folder, maxFragments));
    if (shards.length > 1) await keepOnlyShardFiles(folder);
  }
  const index = indexName({ pages: records.length, pagesPerShard, shards });
  const current: CurrentIndexFile = { index };
  await writeFile(path.join(outputPath, CURRENT_INDEX_FILE), JSON.stringify(current));
  await writePageLists(records, options.filterKeys, outputPath, index, options.valueFileKeys);
  await writeDictionary(records, outputPath, index);
  await minifyPagefindScript(outputPath);
  return index;
}

/**
 * Writes one shard with an indexer of its own, closed before the next starts: the indexer keeps
 * what it has allocated until it exits. Returns the shard's Pagefind name.
 */
async function writeShard(
  records: readonly SearchRecord[],
  outputPath: string,
  maxFragments: number | undefined,
): Promise<string> {
  const { errors: createErrors, index } = await pagefind.createIndex({
    forceLanguage: "en",
    ...(maxFragments === undefined ? {} : { maxFragments }),
  });
  if (!index) throw new Error(`Could not start the search indexer: ${createErrors.join("; ")}`);
  try {
    // Sent all at once, in order: Pagefind numbers pages in the order it takes them, and the search page
    // takes the index's order to be soonest start first (writePageLists checks it). Waiting for each
    // reply in turn left the indexer idle for a third of the time; a few hundred at a time made indexing
    // 5 s slower at 10,000 courses for 25 MB less memory.
    const added = await Promise.all(
      records.map(({ url, content, language, meta }) =>
        // No filters or sorts: the search page filters, counts and sorts with the files written beside it.
        index.addCustomRecord({ url, content, language, meta: { ...meta } }),
      ),
    );
    added.forEach(({ errors }, position) => {
      if (errors.length > 0) throw new Error(`Could not index ${records[position]!.url}: ${errors.join("; ")}`);
    });
    const { errors } = await index.writeFiles({ outputPath });
    if (errors.length > 0) throw new Error(`Could not write the search index: ${errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  return currentIndex(JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8")));
}

/**
 * Removes from a later shard's folder what the search page takes from the first shard's: Pagefind's
 * script, WebAssembly and interface files (a merged index uses the first one's). What stays is the
 * shard's entry file, page list, word index and fragments.
 */
async function keepOnlyShardFiles(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const kept = entry.isDirectory()
      ? ["index", "fragment"].includes(entry.name)
      : entry.name === "pagefind-entry.json" || entry.name.endsWith(".pf_meta");
    if (!kept) await rm(path.join(folder, entry.name), { recursive: true, force: true });
  }
}

/**
 * Minifies Pagefind's script in the index folder: it ships spaced out and with long names (47 KB), and
 * every visitor who searches downloads it before their first results; minified it is 32 KB.
 */
async function minifyPagefindScript(outputPath: string): Promise<void> {
  const file = path.join(outputPath, "pagefind.js");
  const { code } = await transform(await readFile(file, "utf8"), { loader: "js", format: "esm", minify: true });
  await writeFile(file, code);
}
