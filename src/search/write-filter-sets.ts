import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { FILTER_SETS_FOLDER, filterSetsFile, toGaps, type FilterSetsFile } from "./filter-sets.ts";
import { readPagefindMeta } from "./pagefind-meta.ts";
import type { SearchRecord } from "./record.ts";

/** Reads one of Pagefind's own files: gzip, then its signature. */
async function readPagefindFile(file: string): Promise<Buffer> {
  return gunzipSync(await readFile(file));
}

/** The URL of each page in a written index, by page hash, read from its fragment files. */
async function urlsByHash(indexDir: string): Promise<Map<string, string>> {
  const folder = path.join(indexDir, "fragment");
  const urls = new Map<string, string>();
  const names = await readdir(folder);
  // A file holds one fragment (named by its hash) or, past maxFragments, a group of them by hash.
  for (let start = 0; start < names.length; start += 64) {
    await Promise.all(
      names.slice(start, start + 64).map(async (name) => {
        const json = JSON.parse((await readPagefindFile(path.join(folder, name))).subarray(12).toString("utf8"));
        if (name.startsWith("en_group_"))
          for (const [hash, fragment] of Object.entries(json as Record<string, { url: string }>))
            urls.set(hash, fragment.url);
        else urls.set(name.replace(/\.pf_fragment$/, ""), (json as { url: string }).url);
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
  const entry = JSON.parse(await readFile(path.join(indexDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { hash: string }>;
  };
  const index = entry.languages.en?.hash;
  if (!index) throw new Error("The search index has no English pages to filter");
  const { pages } = readPagefindMeta(await readPagefindFile(path.join(indexDir, `pagefind.${index}.pf_meta`)));
  const urls = await urlsByHash(indexDir);
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
