import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import * as pagefind from "pagefind";
import {
  CURRENT_INDEX_FILE,
  indexName,
  PAGES_PER_SHARD,
  shardCount,
  shardFolder,
  type CurrentIndexFile,
} from "./index-shards.ts";
import { currentIndex } from "./pagefind-files.ts";
import type { SearchRecord } from "./record.ts";
import { finishShard, FINISHED_SHARD_VERSION } from "./page-names.ts";
import { RANK_BY_PAGE_LENGTH } from "./ranking.ts";
import { writeDictionary } from "./write-dictionary.ts";
import { writePageLists } from "./write-page-lists.ts";

/**
 * Writes the search index for the given records, in page order, into
 * `outputPath`: one Pagefind index per `pagesPerShard` records (see
 * index-shards.ts), then the filter, sort and dictionary files beside them.
 * Pagefind reports problems as return values, not exceptions, so each is
 * checked: a record that fails to index must fail the build, never vanish
 * from search. Returns the index's name and how many shards were copied from `reuseDir`.
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
    /**
     * A folder that keeps each shard Pagefind wrote under a hash of what it was given, so that a later
     * build copies a shard whose records are unchanged instead of indexing them again (a course's text
     * edited: only its shard is written; a course added, withdrawn or moved in the order: the shards from
     * its place on). Only this build's shards, and those another build used meanwhile, are kept. None when
     * left out.
     */
    reuseDir?: string;
  },
): Promise<{ index: string; reusedShards: number }> {
  if (records.length === 0)
    throw new Error(
      "There are no active courses to put in the search index, and the search page needs at least one. Add a course with `status: active`, or check that the build reads the right content folder.",
    );
  const pagesPerShard = options.pagesPerShard ?? PAGES_PER_SHARD;
  const shardsInAll = shardCount(records.length, pagesPerShard);
  const shards: string[] = [];
  const kept = new Set<string>();
  const started = Date.now();
  let reusedShards = 0;
  for (let first = 0; first < records.length; first += pagesPerShard) {
    const shardRecords = records.slice(first, first + pagesPerShard);
    // A full shard's share depends only on how many shards there are, not on how many courses, so that a
    // course added to the last shard leaves the others' settings, and so their kept copies, unchanged.
    const maxFragments =
      options.maxFragments === undefined
        ? undefined
        : shardsInAll === 1
          ? options.maxFragments
          : Math.max(1, Math.floor((options.maxFragments * shardRecords.length) / (shardsInAll * pagesPerShard)));
    const folder = path.join(outputPath, shardFolder(shards.length));
    const settings = indexerSettings(maxFragments);
    // Pages are named by number (page-names.ts), so a kept shard fits only the same place in the index.
    const reused = options.reuseDir
      ? path.join(
          options.reuseDir,
          await shardKey(shardRecords, {
            ...settings,
            firstPage: first,
            finished: FINISHED_SHARD_VERSION,
            pageLengths: RANK_BY_PAGE_LENGTH,
          }),
        )
      : undefined;
    const copied = reused !== undefined && (await isFolder(reused));
    if (copied) {
      // Marked as in use, so that another build sharing the cache folder does not forget it meanwhile.
      await utimes(reused, new Date(), new Date());
      await cp(reused, folder, { recursive: true });
    }
    if (!copied) {
      await writeShard(shardRecords, folder, settings);
      await finishShard(folder, first);
    }
    shards.push(await entryName(folder));
    if (shards.length > 1) await keepOnlyShardFiles(folder);
    if (copied) reusedShards += 1;
    else if (reused) await keepShard(folder, reused);
    if (reused) kept.add(path.basename(reused));
  }
  if (options.reuseDir) await forgetOtherShards(options.reuseDir, kept, started);
  const index = indexName({ pages: records.length, pagesPerShard, shards });
  const current: CurrentIndexFile = { index };
  await writeFile(path.join(outputPath, CURRENT_INDEX_FILE), JSON.stringify(current));
  await writePageLists(records, options.filterKeys, outputPath, index, options.valueFileKeys);
  await writeDictionary(records, outputPath, index);
  await minifyPagefindScript(outputPath);
  return { index, reusedShards };
}

/** What the indexer is started with for a shard. */
const indexerSettings = (maxFragments: number | undefined) => ({
  forceLanguage: "en",
  ...(maxFragments === undefined ? {} : { maxFragments }),
});

/** Pagefind's version, part of every shard's key: another version may write other files. */
const pagefindVersion = readFile(
  path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "../package.json"),
  "utf8",
).then((text) => (JSON.parse(text) as { version: string }).version);

/** A hash of everything a shard is written from: its records as the indexer takes them, its settings and Pagefind's version. */
async function shardKey(records: readonly SearchRecord[], settings: object): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify([await pagefindVersion, settings]));
  for (const { url, content, language, meta } of records) hash.update(JSON.stringify([url, content, language, meta]));
  return hash.digest("base64url");
}

const isFolder = (folder: string) =>
  stat(folder).then(
    (found) => found.isDirectory(),
    () => false,
  );

/** The Pagefind name of the shard written in `folder`, from its entry file. */
const entryName = async (folder: string) =>
  currentIndex(JSON.parse(await readFile(path.join(folder, "pagefind-entry.json"), "utf8")));

/**
 * Copies a shard's files (nothing else is in its folder yet) to `reused`, which appears whole or not at all:
 * the copy is made in a folder of its own, then renamed into place.
 */
async function keepShard(folder: string, reused: string): Promise<void> {
  await mkdir(path.dirname(reused), { recursive: true });
  const partial = await mkdtemp(`${reused}.partial-`);
  try {
    await cp(folder, partial, { recursive: true });
    await rename(partial, reused);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // Another build sharing the cache folder kept the same shard first: its copy is as good.
    if (!(await isFolder(reused))) throw error;
  }
}

/**
 * Deletes the kept shards this build did not use, which would only grow the cache; not those another build
 * sharing the cache folder has kept or used since this one started.
 */
async function forgetOtherShards(reuseDir: string, kept: ReadonlySet<string>, started: number): Promise<void> {
  for (const name of await readdir(reuseDir).catch(() => [])) {
    const entry = path.join(reuseDir, name);
    const touched = await stat(entry).then(
      ({ mtimeMs }) => mtimeMs,
      () => started,
    );
    if (!kept.has(name) && touched < started) await rm(entry, { recursive: true, force: true });
  }
}

/**
 * Writes one shard with an indexer of its own, closed before the next starts: the indexer keeps
 * what it has allocated until it exits.
 */
async function writeShard(
  records: readonly SearchRecord[],
  outputPath: string,
  settings: ReturnType<typeof indexerSettings>,
): Promise<void> {
  const { errors: createErrors, index } = await pagefind.createIndex(settings);
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
}

/**
 * Removes from a later shard's folder what the search page takes from the first shard's: Pagefind's
 * script, WebAssembly and interface files (a merged index uses the first one's). What stays is the
 * shard's entry file, page list (Pagefind's and the packed one), word index and fragments.
 */
async function keepOnlyShardFiles(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const kept = entry.isDirectory()
      ? ["index", "fragment"].includes(entry.name)
      : entry.name === "pagefind-entry.json" || entry.name.endsWith(".pf_meta") || entry.name.endsWith(".pf_pages");
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
