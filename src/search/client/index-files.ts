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
  currentIndex,
  fragmentFile,
  isGzip,
  readFragments,
  readPagefindMeta,
  type Fragment,
  type MetaPage,
} from "../pagefind-files.ts";

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
  /** The page's hash in the index. */
  readonly id: string;
  /** How well it matched the words, as Pagefind ranks it (absent when found otherwise). */
  readonly score?: number;
  data(): Promise<ResultData>;
}

/** The index as the page numbers it is filtered and sorted by. */
export interface IndexPages {
  /** The index's name (its hash), which says which build it is from. */
  readonly name: string;
  /** Page number by page hash (the name Pagefind gives results by). */
  readonly numbers: ReadonlyMap<string, number>;
  /** The result for a page number, for listing pages without a search (its details fetched when shown). */
  result(page: number): Result;
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
 * once: Pagefind's metadata (its page list; the browser holds it already
 * from loading Pagefind), its fragment files (what a result shows), and the
 * filter and sort files the build writes beside them.
 */
export class IndexFiles implements IndexSource {
  private current: Promise<{ name: string; pages: IndexPages }> | undefined;
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
  private readonly pageIndex: string | undefined;

  /**
   * `bundlePath`: the search index's folder; `gazetteerUrl`: the site's file of places to search near;
   * `pageIndex`: the index the page was built with, if it names one.
   */
  constructor(bundlePath: string, gazetteerUrl: string, pageIndex?: string) {
    this.bundlePath = bundlePath;
    this.gazetteerUrl = gazetteerUrl;
    this.pageIndex = pageIndex;
  }

  /** The index's page list: the one the page names (which it has started downloading), or else the current one. */
  private async metaFile(): Promise<{ name: string; bytes: Uint8Array }> {
    const metaUrl = (name: string) => `${this.bundlePath}pagefind.${name}.pf_meta`;
    if (this.pageIndex) {
      try {
        return { name: this.pageIndex, bytes: await fetchBytes(metaUrl(this.pageIndex)) };
      } catch {
        // A copy of the page cached from an earlier build names an index since replaced: ask which is current.
      }
    }
    // Asked afresh, as a cached copy may be from an earlier build.
    const name = currentIndex(JSON.parse(text(await fetchBytes(`${this.bundlePath}pagefind-entry.json`, "no-cache"))));
    return { name, bytes: await fetchBytes(metaUrl(name)) };
  }

  private index() {
    this.current ??= (async () => {
      const { name, bytes } = await this.metaFile();
      const meta = readPagefindMeta(bytes);
      const results = meta.pages.map((page) => ({
        id: page.hash,
        data: async () => ({ ...(await this.fragment(page)), excerpt: "" }),
      }));
      const pages: IndexPages = {
        name,
        numbers: new Map(meta.pages.map(({ hash }, page) => [hash, page])),
        result: (page) => results[page]!,
      };
      return { name, pages };
    })();
    this.current.catch(() => (this.current = undefined));
    return this.current;
  }

  async pages(): Promise<IndexPages> {
    return (await this.index()).pages;
  }

  /** The url and meta of one page, from its own fragment file or its group's. */
  private async fragment(page: MetaPage): Promise<Fragment> {
    const file = fragmentFile(page);
    const fragments = once(this.fragmentFiles, file, async () =>
      readFragments(await fetchBytes(`${this.bundlePath}${file}`), page),
    );
    const { url, meta } = (await fragments)[page.hash]!;
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
      if (key === PAGE_ORDER_SORT) return Uint32Array.from((await this.pages()).numbers.values());
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
