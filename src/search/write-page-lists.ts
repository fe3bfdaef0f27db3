import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  filterSetsFile,
  filterValueFile,
  RUN_INDEX_FILE,
  RUN_PLACES_FILE,
  runPlaceCode,
  encodeSet,
  type FilterSetsFile,
  type FilterValueFile,
  type RunIndexFile,
  type RunPlacesFile,
} from "./filter-sets.ts";
import { firstPageOf, readIndexName, shardFolder, shardMetaFile } from "./index-shards.ts";
import { fragmentFile, readFragments, type MetaPage } from "./pagefind-files.ts";
import { readPagefindMeta } from "./pagefind-meta.ts";
import type { SearchRecord } from "./record.ts";
import { compareSortValues, PAGE_ORDER_SORT, sortOrderFile, type SortOrderFile } from "./sort-orders.ts";

/** Reads one of Pagefind's own files: they are gzip-compressed. */
async function readPagefindFile(indexDir: string, file: string): Promise<Buffer> {
  return gunzipSync(await readFile(path.join(indexDir, file)));
}

/** The URL of each page in a written index, by page name, read from the fragment files the pages are in. */
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
 * Each record's page number in the index written in `indexDir` (see index-shards.ts): its place in its
 * shard, after the shards before it. Every record must be in the index.
 */
async function pageNumbers(records: readonly SearchRecord[], indexDir: string, index: string): Promise<number[]> {
  const shards = readIndexName(index);
  const pageOf = new Map<string | undefined, number>();
  for (const [shard, hash] of shards.shards.entries()) {
    const shardDir = path.join(indexDir, shardFolder(shard));
    const { pages } = readPagefindMeta(await readPagefindFile(indexDir, shardMetaFile(shard, hash)));
    if (shard < shards.shards.length - 1 && pages.length !== shards.pagesPerShard)
      throw new Error(`Search index shard ${shard} holds ${pages.length} pages, not ${shards.pagesPerShard}`);
    const urls = await urlsByHash(shardDir, pages);
    pages.forEach(({ hash }, place) => pageOf.set(urls.get(hash), firstPageOf(shards, shard) + place));
  }
  return records.map((record) => {
    const page = pageOf.get(record.url);
    if (page === undefined) throw new Error(`The search index does not hold ${record.url}, so it cannot be filtered`);
    return page;
  });
}

/** Writes gzip-compressed JSON into the index folder. */
async function writeJson(
  indexDir: string,
  file: string,
  content: FilterSetsFile | FilterValueFile | SortOrderFile | RunIndexFile | RunPlacesFile,
): Promise<void> {
  await mkdir(path.dirname(path.join(indexDir, file)), { recursive: true });
  await writeFile(path.join(indexDir, file), gzipSync(JSON.stringify(content)));
}

/**
 * Writes the files the search page filters and sorts with into the index
 * folder `indexDir`, after Pagefind has written the index named `index` there: for each
 * filter, each value's courses (or, for a run filter, runs: see
 * RUN_INDEX_FILE); for each sort but the index's own order,
 * every course in that order; all by page number. Every record must be
 * found in the index, and every filter gets a file (empty if no course has a
 * value), so no course and no filter can drop out of filtering unnoticed.
 * The filters in `valueFileKeys` also get a file per value that some course has.
 */
export async function writePageLists(
  records: readonly SearchRecord[],
  filterKeys: readonly string[],
  indexDir: string,
  index: string,
  valueFileKeys: readonly string[] = [],
): Promise<void> {
  const numbers = await pageNumbers(records, indexDir, index);
  const listFor = (byValue: Map<string, number[]>, value: string) => {
    let list = byValue.get(value);
    if (!list) byValue.set(value, (list = []));
    return list;
  };
  const values = new Map(filterKeys.map((key) => [key, new Map<string, number[]>()]));
  records.forEach((record, position) => {
    for (const [key, recordValues] of Object.entries(record.filters)) {
      const byValue = values.get(key);
      if (!byValue) throw new Error(`${record.url} has a value for "${key}", which is not a search filter`);
      for (const value of recordValues) listFor(byValue, value).push(numbers[position]!);
    }
  });

  // Runs, numbered in page order.
  const inPageOrder = records.map((record, position) => ({ record, page: numbers[position]! }));
  inPageOrder.sort((a, b) => a.page - b.page);
  const runKeys = new Set(records.flatMap((record) => record.runs.flatMap((run) => Object.keys(run))));
  const runValues = new Map([...runKeys].map((key) => [key, new Map<string, number[]>()]));
  let runNumber = 0;
  const placeNumbers = new Map<string, number>();
  const runPlaces: number[] = [];
  for (const { record } of inPageOrder) {
    if (record.runs.length === 0) throw new Error(`${record.url} has no run to filter by`);
    if (record.runPlaces.length !== record.runs.length)
      throw new Error(`${record.url} has ${record.runs.length} runs but ${record.runPlaces.length} run places`);
    for (const { at, online } of record.runPlaces) {
      const key = at ? at.join() : undefined;
      if (key !== undefined && !placeNumbers.has(key)) placeNumbers.set(key, placeNumbers.size);
      runPlaces.push(runPlaceCode(key === undefined ? undefined : placeNumbers.get(key), online));
    }
    for (const run of record.runs) {
      for (const [key, runKeyValues] of Object.entries(run))
        for (const value of runKeyValues) listFor(runValues.get(key)!, value).push(runNumber);
      runNumber++;
    }
  }
  await writeJson(indexDir, RUN_INDEX_FILE, {
    index,
    runsPerPage: inPageOrder.map(({ record }) => record.runs.length),
  });
  const places = [...placeNumbers.keys()].map((key) => key.split(",").map(Number) as [number, number]);
  await writeJson(indexDir, RUN_PLACES_FILE, { index, places, runs: runPlaces });

  for (const [key, byValue] of values) {
    const setsOf = (lists: Map<string, number[]>) =>
      Object.fromEntries([...lists].map(([value, list]) => [value, encodeSet(list.sort((a, b) => a - b))]));
    const sets = setsOf(byValue);
    const byRun = runValues.get(key);
    if (runKeys.has(key) && !byRun) throw new Error(`Run filter "${key}" is not a search filter`);
    await writeJson(
      indexDir,
      filterSetsFile(key),
      byRun ? { index, unit: "run", values: setsOf(byRun) } : { index, unit: "page", values: sets },
    );
    if (valueFileKeys.includes(key))
      for (const [value, pages] of Object.entries(sets))
        await writeJson(indexDir, filterValueFile(key, value), { index, pages });
  }
  for (const key of runKeys)
    if (!values.has(key)) throw new Error(`The runs have values for "${key}", which is not a search filter`);

  for (const key of Object.keys(records[0]?.sort ?? {})) {
    const ascending = records
      .map((record, position) => ({ value: record.sort[key] ?? "", page: numbers[position]! }))
      .sort((a, b) => compareSortValues(a.value, b.value) || a.page - b.page)
      .map(({ page }) => page);
    if (key !== PAGE_ORDER_SORT) await writeJson(indexDir, sortOrderFile(key), { index, pages: ascending });
    else if (ascending.some((page, position) => page !== position))
      throw new Error(`The search index's pages are not in "${key}" order, which the search page takes them to be in`);
  }
}
