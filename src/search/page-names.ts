import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { packedPageListName } from "./index-shards.ts";
import { packPageList, unpackPageList, withoutWordCounts } from "./pack-page-list.ts";
import { RANK_BY_PAGE_LENGTH } from "./ranking.ts";
import {
  currentIndex,
  fragmentFile,
  fragmentFileBytes,
  pageName,
  readFragments,
  type MetaPage,
} from "./pagefind-files.ts";
import {
  readIndexChunks,
  readPagefindMeta,
  readPagefindMetaLayout,
  renameMetaPages,
  writePagefindMeta,
} from "./pagefind-meta.ts";
import { closeChunkEnds, lastWordOf } from "./chunk-ends.ts";

/**
 * The version of what finishShard changes in a shard, part of the key a shard is kept under between builds
 * (write-index.ts): change it whenever that changes, so a shard kept from before is indexed again rather
 * than mixed in. 4: index chunks' ranges closed (chunk-ends.ts).
 */
export const FINISHED_SHARD_VERSION = 4;

/** A short hash of bytes, for naming a file by its content as Pagefind does. */
const contentHash = (bytes: Uint8Array, length: number) =>
  createHash("sha256").update(bytes).digest("hex").slice(0, length);

/**
 * Finishes the shard Pagefind has just written in `folder`: names its pages by number, closes its index
 * chunks' ranges (chunk-ends.ts) and packs its page list for the search page (packed-page-list.ts).
 *
 * Every page is renamed by its page number (its place in the shard, after `firstPage`; see pageName), in
 * the page list and in the fragment files. Pagefind's own names, 7 hex digits of a hash of each page, do
 * not compress, and were half of a page list's bytes; every search by words downloads every shard's. The
 * search page then reads a result's number from its name.
 *
 * Files whose content changes get new names (a hash of the new content), because hosts keep fragment
 * files for a year under one name: the fragment files, and the page list, named in the shard's entry file.
 */
export async function finishShard(folder: string, firstPage: number): Promise<void> {
  const entryFile = path.join(folder, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(entryFile, "utf8")) as {
    languages: Record<string, { hash: string }>;
  };
  const language = Object.keys(entry.languages);
  if (language.length !== 1 || language[0] !== "en")
    throw new Error(
      `The search index shard in ${folder} holds pages in ${language.join(", ") || "no language"}, not English alone: please report this as a bug.`,
    );
  const metaFile = (hash: string) => path.join(folder, `pagefind.${hash}.pf_meta`);
  const oldMeta = currentIndex(entry);
  const meta = gunzipSync(await readFile(metaFile(oldMeta)));
  const { pages } = readPagefindMeta(meta);
  const numberOf = new Map(pages.map(({ hash }, place) => [hash, firstPage + place]));
  if (numberOf.size !== pages.length)
    throw new Error(`Two pages of the search index shard in ${folder} share a name: please report this as a bug.`);

  const newNames = new Map<string, string>();
  const newGroups = new Map<string, string>();
  const files = new Map<string, MetaPage>(pages.map((page) => [fragmentFile(page), page]));
  for (const [file, page] of files) {
    const fragments = readFragments(gunzipSync(await readFile(path.join(folder, file))), page);
    const renamed = Object.fromEntries(
      Object.entries(fragments).map(([hash, fragment]) => {
        const number = numberOf.get(hash);
        if (number === undefined)
          throw new Error(
            `The fragment file ${path.join(folder, file)} holds a page (${hash}) the shard's page list does not name: please report this as a bug.`,
          );
        newNames.set(hash, pageName(number));
        return [pageName(number), fragment];
      }),
    );
    const bytes = fragmentFileBytes(renamed, Boolean(page.group));
    const renamedPage: MetaPage = page.group
      ? { hash: "", group: `en_group_${contentHash(bytes, 10)}` }
      : { hash: pageName(numberOf.get(page.hash)!, contentHash(bytes, 7)) };
    if (page.group) newGroups.set(page.group, renamedPage.group!);
    else newNames.set(page.hash, renamedPage.hash);
    await rm(path.join(folder, file));
    await writeFile(path.join(folder, fragmentFile(renamedPage)), gzipSync(bytes));
  }
  if (newNames.size !== pages.length)
    throw new Error(
      `The fragment files in ${folder} hold ${newNames.size} of the page list's ${pages.length} pages: please report this as a bug.`,
    );
  // Two groups whose contents' hashes began alike would have been written to one file, one lost.
  if (new Set(newGroups.values()).size !== newGroups.size)
    throw new Error(
      `Two fragment files of the search index shard in ${folder} were given the same name (their hashes begin alike), so one would be lost: please report this as a bug.`,
    );

  const renamedMeta = await withChunkEndsClosed(
    renameMetaPages(meta, (page) => ({
      hash: newNames.get(page.hash)!,
      ...(page.group ? { group: newGroups.get(page.group)! } : {}),
    })),
    folder,
  );
  const newMeta = `en_${contentHash(renamedMeta, 10)}`;
  await rm(metaFile(oldMeta));
  await writeFile(metaFile(newMeta), gzipSync(renamedMeta));
  await writeFile(
    path.join(folder, packedPageListName(newMeta)),
    gzipSync(checkedPack(renamedMeta, firstPage, folder)),
  );
  entry.languages.en!.hash = newMeta;
  await writeFile(entryFile, JSON.stringify(entry));
}

/** A shard's metadata file with its index chunks' ranges closed (chunk-ends.ts), from the chunks' last words. */
async function withChunkEndsClosed(meta: Uint8Array, folder: string): Promise<Uint8Array> {
  try {
    const lastWords = new Map<string, string>();
    for (const { hash } of readIndexChunks(meta)) {
      const file = path.join(folder, "index", `${hash}.pf_index`);
      try {
        lastWords.set(hash, lastWordOf(gunzipSync(await readFile(file))));
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
    }
    return closeChunkEnds(meta, lastWords);
  } catch (error) {
    throw new Error(
      `${(error as Error).message}, in the search index shard in ${folder}: please report this as a bug.`,
      { cause: error },
    );
  }
}

/**
 * The packed page list (packed-page-list.ts) of a shard's metadata file, checked to unpack to the same
 * bytes (but the word counts, when the search page ranks without them: ranking.ts).
 */
function checkedPack(meta: Uint8Array, firstPage: number, folder: string): Uint8Array {
  const layout = readPagefindMetaLayout(meta);
  const problem = (what: string) =>
    new Error(`${what} for the search index shard in ${folder}: please report this as a bug.`);
  if (!Buffer.from(writePagefindMeta(layout)).equals(meta))
    throw problem("Pagefind's page list, read and written again, is not what Pagefind wrote");
  const packed = packPageList(meta, firstPage, { wordCounts: RANK_BY_PAGE_LENGTH });
  const expected = writePagefindMeta(RANK_BY_PAGE_LENGTH ? layout : withoutWordCounts(layout));
  if (!Buffer.from(unpackPageList(packed)).equals(expected))
    throw problem("The packed page list does not unpack to Pagefind's page list");
  return packed;
}
