import { cp, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Catalogue } from "../catalogue/catalogue.ts";
import { searchFilters } from "../domain/facets.ts";
import { searchRecord, type SearchRecord } from "../search/record.ts";
import { compareSortValues, PAGE_ORDER_SORT, sortKeys } from "../search/sort-orders.ts";
import { CURRENT_INDEX_FILE, readIndexName, shardFolder, type CurrentIndexFile } from "../search/index-shards.ts";
import { writeSearchIndex } from "../search/write-index.ts";

/** The parts of the checked catalogue the search index is made from: its active courses and its facets. */
export type IndexedCatalogue = Pick<Catalogue, "active" | "facets">;

/**
 * The search records for every active course: built from the catalogue's data
 * rather than by scraping pages, with filters and sort keys from the same
 * facet registry as the pages.
 */
export function searchRecords(catalogue: IndexedCatalogue, options: { asOf: string; base: string }): SearchRecord[] {
  const facets = searchFilters(catalogue.facets);
  return catalogue.active.map(({ course, provider, body }) =>
    searchRecord({ course, provider }, body, { ...options, facets, url: `${options.base}courses/${course.id}/` }),
  );
}

/**
 * Most fragment files (what a result shows) the index may have, shared among its shards. Beyond it Pagefind puts several
 * courses' fragments in one file, so the index stays within static hosts' caps on files per deploy
 * however large the catalogue grows (at 10,000 courses, 3,198 files of about 3 courses). A cap of 5,000
 * was tried: it added 1,600 files and made the first search's downloads larger, not smaller (Pagefind's
 * page list names each page's file, and grew more than the fragments shrank).
 */
export const MAX_FRAGMENT_FILES = 4000;

/** How many of the index's first pages' URLs are kept, to check the search page's own first results by. */
const FIRST_PAGE_URLS = 100;

/**
 * Writes the search index for the catalogue into `outputDir`, copying unchanged shards from `reuseDir`
 * (see writeSearchIndex); returns how many courses it was given, how many shards were copied, and the
 * URLs of its first pages (the first results of browsing every course).
 * Records go in soonest start first, the order browsing and filtering show, so courses shown together
 * tend to share a fragment file, and a page's number is its place in that order.
 *
 * The build runs it on its main thread as the build starts, before the pages render: the indexer is a
 * process of its own, and making the records takes under a second at 10,000 courses. A thread of its own
 * had cost a copy of the whole catalogue, 250 MB more at the build's peak.
 */
export async function writeCatalogueIndex(
  catalogue: IndexedCatalogue,
  outputDir: string,
  options: { asOf: string; base: string; reuseDir?: string },
): Promise<{ indexed: number; reusedShards: number; firstUrls: string[] }> {
  const filters = searchFilters(catalogue.facets);
  const records = searchRecords(catalogue, options).sort(
    (a, b) =>
      compareSortValues(a.sort[PAGE_ORDER_SORT] ?? "", b.sort[PAGE_ORDER_SORT] ?? "") ||
      compareSortValues(a.sort[sortKeys.title] ?? "", b.sort[sortKeys.title] ?? ""),
  );
  const { reusedShards } = await writeSearchIndex(records, outputDir, {
    maxFragments: MAX_FRAGMENT_FILES,
    filterKeys: filters.map((facet) => facet.search.param),
    valueFileKeys: filters.filter((facet) => facet.search.matchesWords).map((facet) => facet.search.param),
    ...(options.reuseDir ? { reuseDir: options.reuseDir } : {}),
  });
  return {
    indexed: records.length,
    reusedShards,
    firstUrls: records.slice(0, FIRST_PAGE_URLS).map(({ url }) => url),
  };
}

/**
 * Moves an index written in a staging folder into the built site as `pagefind/`. The build writes the
 * index before Astro renders pages (it needs only the checked catalogue), and Astro empties the output
 * folder as it starts.
 * Returns the number of pages the placed index holds, as read back from it.
 */
export async function placeIndex(stagingDir: string, distDir: string): Promise<number> {
  const target = path.join(distDir, "pagefind");
  await rm(target, { recursive: true, force: true });
  try {
    await rename(stagingDir, target);
  } catch (error) {
    // The staging folder can be on another file system than the output; then copy.
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(stagingDir, target, { recursive: true });
    await rm(stagingDir, { recursive: true, force: true });
  }
  return pagesInIndex(target);
}

/**
 * How many pages the index in `indexDir` holds, as each of its shards' entry files (the files Pagefind
 * reads first) say; they must add up to what the index's name says.
 */
async function pagesInIndex(indexDir: string): Promise<number> {
  const readJson = async (file: string) => JSON.parse(await readFile(path.join(indexDir, file), "utf8")) as unknown;
  const { index } = (await readJson(CURRENT_INDEX_FILE)) as CurrentIndexFile;
  const { pages, shards } = readIndexName(index);
  let held = 0;
  for (const shard of shards.keys()) {
    const entry = (await readJson(`${shardFolder(shard)}pagefind-entry.json`)) as {
      languages: Record<string, { page_count: number }>;
    };
    held += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  }
  if (held !== pages) throw new Error(`The search index's shards hold ${held} pages, but its name says ${pages}`);
  return held;
}
