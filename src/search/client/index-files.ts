import { dictionaryFile, type DictionaryFile } from "../dictionary.ts";
import {
  filterSetsFile,
  filterValueFile,
  decodeSet,
  RUN_INDEX_FILE,
  RUN_PLACES_FILE,
  type FilterSetsFile,
  type FilterValueFile,
  type RunIndexFile,
  type RunPlacesFile,
} from "../filter-sets.ts";
import type { Gazetteer } from "../../domain/places/gazetteer.ts";
import { readRunPlaces, type RunPlaces } from "./nearby.ts";
import type { FilterSets, RunIndex } from "./facet-counts.ts";
import { PAGE_ORDER_SORT, sortOrderFile, type SortOrderFile } from "../sort-orders.ts";
import {
  CURRENT_INDEX_FILE,
  firstPageOf,
  readIndexName,
  shardFolder,
  shardMetaFile,
  shardOf,
  shardPackedPageListFile,
  type CurrentIndexFile,
  type IndexShards,
} from "../index-shards.ts";
import { fragmentFile, isGzip, pageNumberOf, readFragments, type Fragment } from "../pagefind-files.ts";
import type { PagefindMeta } from "../pagefind-meta.ts";
import { packedPages } from "../packed-page-list.ts";

export type { FilterSets, RunIndex } from "./facet-counts.ts";

/** What a result shows: Pagefind's fragment of the page, cut to what this page uses. */
export interface ResultData {
  readonly url: string;
  /** The words around the match, with matches in <mark>; empty without a term. */
  readonly excerpt: string;
  readonly meta: Record<string, string>;
}

/** A course found, whose details are fetched when it is shown. */
export interface Result {
  /** The page's name in the index, which holds its number (only the results of a search by words carry it). */
  readonly id?: string;
  /** How well it matched the words, as Pagefind ranks it (absent when found otherwise). */
  readonly score?: number;
  data(): Promise<ResultData>;
}

/** The index as the page numbers it is filtered and sorted by. */
export interface IndexPages {
  /** The index's name (see index-shards.ts), which says which build it is from. */
  readonly name: string;
  /** How many pages it holds, numbered from 0. */
  readonly count: number;
  /** Each shard's folder, relative to the index's (the first is the index's own). */
  readonly shardFolders: readonly string[];
  /** Each shard's Pagefind metadata file (its page list), relative to the index's folder. */
  readonly pagefindMetaFiles: readonly string[];
  /**
   * The bytes of a shard's Pagefind metadata file, unpacked from the smaller copy the build writes
   * beside it (packed-page-list.ts), for handing to Pagefind in place of the file (pagefind-fetch.ts).
   */
  pagefindMeta(shard: number): Promise<Uint8Array>;
  /** The result for a page number, for listing pages without a search (its details fetched when shown). */
  result(page: number): Result;
  /** The page number of each of Pagefind's results. */
  numbersOf(results: readonly Result[]): number[];
}

/** Where the engine gets the index's pages and the courses of each filter value. */
export interface IndexSource {
  pages(): Promise<IndexPages>;
  /** The courses (or, for a run filter, the runs) of each value of one filter. */
  sets(key: string): Promise<FilterSets>;
  /** Which runs belong to which course, for run filters. */
  runIndex(): Promise<RunIndex>;
  /** Where each run meets, for a search near a place. */
  runPlaces(): Promise<RunPlaces>;
  /** The towns and postcode districts a visitor can search near. */
  gazetteer(): Promise<Gazetteer>;
  /** The courses of one value of a filter whose values a search's words can name (none if no course has it). */
  valueSet(key: string, value: string): Promise<Uint32Array>;
  /** Every page number, in ascending order of one sort key. */
  sort(key: string): Promise<Uint32Array>;
  /** The indexed words that start as `word` does (a file is missing when none does), most used first. */
  dictionary(word: string): Promise<readonly string[]>;
}

/** The bytes of a file, unpacked if gzip (hosts may serve it unpacked, or the browser may have). */
async function fetchBytes(url: string, cache: RequestCache = "default"): Promise<Uint8Array> {
  const response = await fetch(url, { cache });
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isGzip(bytes)) return bytes;
  const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(unpacked).arrayBuffer());
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The code that unpacks Pagefind's page lists, loaded with Pagefind: only a search by words needs it. */
const pageListUnpacker = () => import("../pack-page-list.ts");

// Most likely an index not written by this build's code: one left from an earlier build, or a deploy half done.
const disagree = (result: Result) =>
  new Error(
    `The search index and its page lists disagree about result ${result.id ?? "(unnamed)"}: its name is not a page number of this index`,
  );

/** The file's promise from `cache`, loading it on first use; a failed load (a dropped connection) is tried again next time. */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let loading = cache.get(key);
  if (!loading) {
    loading = load();
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
  }
  return loading;
}

/**
 * The files of the search index folder this page reads itself, each fetched
 * once: Pagefind's page lists, one per shard (see index-shards.ts), each
 * only when one of its pages is shown without a search by words (Pagefind
 * reads them itself for words, and names each result by its page number);
 * its fragment files (what a result shows); and the filter, sort and
 * dictionary files the build writes beside them.
 */
export class IndexFiles implements IndexSource {
  private current: Promise<IndexPages> | undefined;
  private readonly packedLists = new Map<string, Promise<Uint8Array>>();
  private readonly metas = new Map<string, Promise<PagefindMeta>>();
  private readonly loaded = new Map<string, Promise<FilterSets>>();
  private readonly sorts = new Map<string, Promise<Uint32Array>>();
  private readonly dictionaries = new Map<string, Promise<readonly string[]>>();
  private readonly values = new Map<string, Promise<Uint32Array>>();
  private readonly runs = new Map<string, Promise<RunIndex>>();
  private readonly places = new Map<string, Promise<RunPlaces>>();
  private readonly gazetteers = new Map<string, Promise<Gazetteer>>();
  private readonly fragmentFiles = new Map<string, Promise<Record<string, Fragment>>>();
  private readonly bundlePath: string;
  private readonly gazetteerUrl: string;

  /**
   * `bundlePath`: the search index's folder; `gazetteerUrl`: the site's file of places to search near.
   */
  constructor(bundlePath: string, gazetteerUrl: string) {
    this.bundlePath = bundlePath;
    this.gazetteerUrl = gazetteerUrl;
  }

  /** A shard's packed page list (packed-page-list.ts), fetched once. */
  private packed(shards: IndexShards, shard: number): Promise<Uint8Array> {
    const file = shardPackedPageListFile(shard, shards.shards[shard]!);
    return once(this.packedLists, file, () => fetchBytes(`${this.bundlePath}${file}`));
  }

  /** A shard's page list, read. */
  private meta(shards: IndexShards, shard: number): Promise<PagefindMeta> {
    const file = shardMetaFile(shard, shards.shards[shard]!);
    return once(this.metas, file, async () => packedPages(await this.packed(shards, shard)));
  }

  /**
   * The current index, asked afresh each time the page opens (a copy of the page kept from an earlier
   * build names an index since replaced, whose first shard may be unchanged while others are not).
   * The page names the index it was built with, and has started downloading its first page list, which
   * is used when that is still the current one.
   */
  private async whichIndex(): Promise<{ name: string; shards: IndexShards }> {
    const current = JSON.parse(
      text(await fetchBytes(`${this.bundlePath}${CURRENT_INDEX_FILE}`, "no-cache")),
    ) as CurrentIndexFile;
    return { name: current.index, shards: readIndexName(current.index) };
  }

  private index(): Promise<IndexPages> {
    this.current ??= (async () => {
      const { name, shards } = await this.whichIndex();
      const results = new Map<number, Result>();
      const result = (page: number): Result => {
        let found = results.get(page);
        if (!found) {
          if (!Number.isInteger(page) || page < 0 || page >= shards.pages)
            throw new Error(`The search index has no page ${page}`);
          found = { data: async () => ({ ...(await this.fragment(shards, page)), excerpt: "" }) };
          results.set(page, found);
        }
        return found;
      };
      return {
        name,
        count: shards.pages,
        shardFolders: shards.shards.map((_, shard) => shardFolder(shard)),
        pagefindMetaFiles: shards.shards.map((hash, shard) => shardMetaFile(shard, hash)),
        pagefindMeta: async (shard) => {
          const [{ unpackPageList }, packed] = await Promise.all([pageListUnpacker(), this.packed(shards, shard)]);
          return unpackPageList(packed);
        },
        result,
        numbersOf: (found) => this.numbersOf(shards, found),
      };
    })();
    this.current.catch(() => (this.current = undefined));
    return this.current;
  }

  async pages(): Promise<IndexPages> {
    return this.index();
  }

  /** The page numbers of Pagefind's results: the build names each page by its number (see page-names.ts). */
  private numbersOf(shards: IndexShards, found: readonly Result[]): number[] {
    return found.map((result) => {
      const page = pageNumberOf(result.id);
      if (page === undefined || page >= shards.pages) throw disagree(result);
      return page;
    });
  }

  /** The url and meta of one page, from its own fragment file or its group's. */
  private async fragment(shards: IndexShards, page: number): Promise<Fragment> {
    const shard = shardOf(shards, page);
    const metaPage = (await this.meta(shards, shard)).pages[page - firstPageOf(shards, shard)];
    if (!metaPage) throw new Error(`Shard ${shard} of the search index has no page ${page}`);
    const file = `${shardFolder(shard)}${fragmentFile(metaPage)}`;
    const fragments = once(this.fragmentFiles, file, async () =>
      readFragments(await fetchBytes(`${this.bundlePath}${file}`), metaPage),
    );
    const { url, meta } = (await fragments)[metaPage.hash]!;
    return { url, meta };
  }

  sets(key: string): Promise<FilterSets> {
    return once(this.loaded, `filter ${key}`, async () => {
      const file = await this.read<FilterSetsFile>(filterSetsFile(key));
      return {
        unit: file.unit,
        values: new Map(Object.entries(file.values).map(([value, set]) => [value, decodeSet(set)])),
      };
    });
  }

  runIndex(): Promise<RunIndex> {
    return once(this.runs, RUN_INDEX_FILE, async () => {
      const { runsPerPage } = await this.read<RunIndexFile>(RUN_INDEX_FILE);
      const firstRun = new Uint32Array(runsPerPage.length + 1);
      runsPerPage.forEach((count, page) => (firstRun[page + 1] = firstRun[page]! + count));
      return { firstRun };
    });
  }

  runPlaces(): Promise<RunPlaces> {
    return once(this.places, RUN_PLACES_FILE, async () =>
      readRunPlaces(await this.read<RunPlacesFile>(RUN_PLACES_FILE)),
    );
  }

  gazetteer(): Promise<Gazetteer> {
    return once(this.gazetteers, this.gazetteerUrl, async () => {
      // Loaded with the file, not with the page: only a search near a place needs it.
      const [{ isGazetteer }, bytes] = await Promise.all([
        import("../../domain/places/gazetteer.ts"),
        fetchBytes(this.gazetteerUrl),
      ]);
      const file: unknown = JSON.parse(text(bytes));
      if (!isGazetteer(file)) throw new Error(`${this.gazetteerUrl} is not a file of places`);
      return file;
    });
  }

  valueSet(key: string, value: string): Promise<Uint32Array> {
    const whole = this.loaded.get(`filter ${key}`);
    // A course filter's whole file, once loaded, has the value's courses; a run filter's names runs.
    if (whole)
      return whole.then(
        (sets) => (sets.unit === "page" ? sets.values.get(value) : undefined) ?? this.valueFile(key, value),
      );
    return this.valueFile(key, value);
  }

  private valueFile(key: string, value: string): Promise<Uint32Array> {
    return once(this.values, `${key}=${value}`, async () => {
      try {
        return decodeSet((await this.read<FilterValueFile>(filterValueFile(key, value))).pages);
      } catch (error) {
        // No course has the value: the build writes no file for it.
        if (error instanceof Error && error.message.startsWith("404 ")) return new Uint32Array();
        throw error;
      }
    });
  }

  dictionary(word: string): Promise<readonly string[]> {
    const file = dictionaryFile(word);
    return once(this.dictionaries, file, async () => {
      try {
        return (await this.read<DictionaryFile>(file)).words;
      } catch (error) {
        // No indexed word starts with this letter: the build writes no file for it.
        if (error instanceof Error && error.message.startsWith("404 ")) return [];
        throw error;
      }
    });
  }

  sort(key: string): Promise<Uint32Array> {
    return once(this.sorts, key, async () => {
      if (key === PAGE_ORDER_SORT) return Uint32Array.from({ length: (await this.pages()).count }, (_, page) => page);
      return Uint32Array.from((await this.read<SortOrderFile>(sortOrderFile(key))).pages);
    });
  }

  /** One of the files the build writes beside the index, checked to be for the index this page reads. */
  private async read<T extends { index: string }>(file: string): Promise<T> {
    const { name } = await this.index();
    const url = `${this.bundlePath}${file}`;
    let content = JSON.parse(text(await fetchBytes(url))) as T;
    // A copy cached from an earlier build numbers pages differently: fetch it again.
    if (content.index !== name) content = JSON.parse(text(await fetchBytes(url, "reload")));
    if (content.index !== name) throw new Error(`${url} is for another search index (${content.index}, not ${name})`);
    return content;
  }
}
