import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { FILTER_SETS_FOLDER, filterSetsFile, toGaps, type FilterSetsFile } from "./filter-sets.ts";
import { currentIndex, fragmentFile, readFragments, readPagefindMeta, type MetaPage } from "./pagefind-files.ts";
import type { SearchRecord } from "./record.ts";

/** Reads one of Pagefind's own files: they are gzip-compressed. */
async function readPagefindFile(indexDir: string, file: string): Promise<Buffer> {
  return gunzipSync(await readFile(path.join(indexDir, file)));
}

/** The URL of each page in a written index, by page hash, read from the fragment files the pages are in. */
async function urlsByHash(indexDir: string, pages: readonly MetaPage[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  // One page per fragment file read (its group's, or its own), each file read once.
  const files = [...new Map(pages.map((page) => [fragmentFile(page), page])).entries()];
  for (let start = 0; start < files.length; start += 64) {
    await Promise.all(
      files.slice(start, start + 64).map(async ([file, page]) => {
        const fragments = readFragments(await readPagefindFile(indexDir, file), page);
        for (const [hash, { url }] of Object.entries(fragments)) urls.set(hash, url);
      }),
    );
  }
  return urls;
}

/**
 * Writes one file per search filter into the index folder `indexDir`, after
 * Pagefind has written the index there: for each value, the page numbers of
 * the courses that have it. Every record must be found in the index, and
 * every filter gets a file (empty if no course has a value), so no course
 * and no filter can drop out of filtering unnoticed.
 */
export async function writeFilterSets(
  records: readonly SearchRecord[],
  filterKeys: readonly string[],
  indexDir: string,
): Promise<void> {
  const index = currentIndex(JSON.parse(await readFile(path.join(indexDir, "pagefind-entry.json"), "utf8")));
  const { pages } = readPagefindMeta(await readPagefindFile(indexDir, `pagefind.${index}.pf_meta`));
  const urls = await urlsByHash(indexDir, pages);
  const pageOf = new Map(pages.map(({ hash }, page) => [urls.get(hash), page]));
  const values = new Map(filterKeys.map((key) => [key, new Map<string, number[]>()]));
  for (const record of records) {
    const page = pageOf.get(record.url);
    if (page === undefined) throw new Error(`The search index does not hold ${record.url}, so it cannot be filtered`);
    for (const [key, recordValues] of Object.entries(record.filters)) {
      const byValue = values.get(key);
      if (!byValue) throw new Error(`${record.url} has a value for "${key}", which is not a search filter`);
      for (const value of recordValues) {
        const pages = byValue.get(value);
        if (pages) pages.push(page);
        else byValue.set(value, [page]);
      }
    }
  }
  await mkdir(path.join(indexDir, FILTER_SETS_FOLDER), { recursive: true });
  for (const [key, byValue] of values) {
    const file: FilterSetsFile = {
      index,
      values: Object.fromEntries([...byValue].map(([value, pages]) => [value, toGaps(pages.sort((a, b) => a - b))])),
    };
    await writeFile(path.join(indexDir, filterSetsFile(key)), gzipSync(JSON.stringify(file)));
  }
}
