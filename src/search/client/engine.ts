import { isKnown, nearestWord } from "../dictionary.ts";
import { tally, type Counts } from "./facet-counts.ts";
import {
  IndexFiles,
  type FilterSets,
  type IndexPages,
  type IndexSource,
  type Result,
  type RunIndex,
} from "./index-files.ts";
import {
  combine,
  isAbbreviation,
  lexiconOf,
  parseQuery,
  type Lexicon,
  type NamedValue,
  type QueryPart,
} from "./query.ts";
import type { SearchState } from "./state.ts";
import type { FoundPlace } from "../../domain/places/gazetteer.ts";
import { nearestRun, nearness, type Nearness } from "./nearby.ts";
import { effectiveSort } from "./sorts.ts";
import { PAGEFIND_RANKING } from "../ranking.ts";
import { SHORTEST_WORD } from "../../domain/words.ts";

export type { Counts } from "./facet-counts.ts";
export type { Result, ResultData } from "./index-files.ts";

/** The part of Pagefind's browser API this page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Adds another index (a shard: see index-shards.ts) to those searched, by its folder's URL. */
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  /** The filters' values (none here); settles once the index has loaded, and fails if it could not. */
  filters(): Promise<unknown>;
  /** Forgets the index and every merged one, so that the next init starts afresh. */
  destroy(): Promise<void>;
  /** Every page matching the term, best match first (every page, for null). */
  search(term: string | null, options: object): Promise<{ readonly results: readonly Result[] } | null>;
}

/** What a search found, with the numbers its filters show. */
export interface Searched {
  /** The name of the index searched (which build it is from). */
  readonly index: string;
  readonly results: readonly Result[];
  /**
   * For each result, the run to show: its place among the course's runs in
   * search, soonest first, of the soonest run that meets every run filter in use.
   */
  readonly runOf: readonly number[];
  /**
   * For each loaded filter and value, how many courses ticking that value
   * would give: OR within a filter, AND across filters. Filters whose data
   * is not loaded have no numbers.
   */
  readonly counts: Counts;
  /** For each filter in use, how many courses there would be without it (to suggest what to remove). */
  readonly withoutFilter: Record<string, number>;
  /** How the words were read, for a search by words. */
  readonly understood?: Understood;
  /** For a search near a place, each result's distance in miles to the run shown (none: it is online). */
  readonly miles: readonly (number | undefined)[];
  /** For a search near a place: the place found, or what was typed and names like it when none was. */
  readonly place?: { readonly found: FoundPlace } | { readonly notFound: string; readonly suggestions: string[] };
}

/** How a search's words were read, so the page can say what it searched for. */
export interface Understood {
  /** The words as typed. */
  readonly typed: string;
  /** The words searched, when a misspelt word was corrected. */
  readonly corrected?: string;
  /** Names that stand for filter values ("OT"), as the vocabulary writes them, with the values' labels. */
  readonly aliases: readonly { readonly written: string; readonly labels: readonly string[] }[];
  /** How many results, from the first, have every part of the query; the rest have some of its parts. */
  readonly withEveryPart: number;
  /** How many results there are in all, after the filters. */
  readonly found: number;
  /** Parts no course had, as searched. */
  readonly unmatched: readonly string[];
  /** Words not in the index and near none in it, matched by words that start as they do. */
  readonly loose: readonly string[];
}

/** How much being tagged with a value a search's words name counts, against a best text match of 1. */
const TAGGED = 1.5;

/**
 * Starts the engine on the site's own index folder; nothing is fetched from
 * anywhere else. Pagefind is asked only which courses match words, best
 * first: sorting, filtering and counting are done here with the index's own
 * page order and the sort and filter files the build writes beside it, as
 * Pagefind's take time that grows with the square of the courses (a second
 * or more per search at 10,000). Listing courses without a term needs no
 * Pagefind at all, so the page shows them while Pagefind loads.
 */
export function startEngine(
  bundlePath: string,
  gazetteerUrl: string,
  named: readonly NamedValue[] = [],
  options: { readonly firstSearchHasWords: boolean } = { firstSearchHasWords: false },
): Engine {
  const files = new IndexFiles(bundlePath, gazetteerUrl);
  const load = async () => {
    const [loaded, pages, { withPageLists }] = await Promise.all([
      import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<Pagefind>,
      files.pages(),
      // Only Pagefind needs it, so it loads with Pagefind.
      import("./pagefind-fetch.ts"),
    ]);
    // The index's URLs already carry the site's base path, so Pagefind must not add it again.
    const indexOptions = { excerptLength: 24, baseUrl: "/", ranking: PAGEFIND_RANKING };
    // Pagefind reads every shard's page list from the packed copies (see pagefind-fetch.ts).
    const pageLists = new Map(
      pages.pagefindMetaFiles.map((file, shard) => [`${bundlePath}${file}`, () => pages.pagefindMeta(shard)]),
    );
    try {
      await withPageLists(pageLists, async () => {
        // On the page itself: in a worker, every search's results (thousands) were copied back to the page,
        // which took longer than the search. A search takes tens of milliseconds, too short to stall typing.
        await loaded.options({ ...indexOptions, noWorker: true });
        await loaded.init();
        // Settles once the first shard has loaded, and fails if it could not: merging waits for it without end.
        await loaded.filters();
        // The other shards merged in, so words are searched in every course; they use the first one's WebAssembly.
        await Promise.all(
          pages.shardFolders.slice(1).map((folder) => loaded.mergeIndex(`${bundlePath}${folder}`, indexOptions)),
        );
      });
      // One search ahead of the user's, at no cost in downloads, so their first is not Pagefind's first;
      // not when the page opens on a search by words (a link to results), which would wait for it.
      if (!options.firstSearchHasWords) await loaded.search(null, {});
      return loaded;
    } catch (error) {
      // Pagefind keeps a shard that failed to load among those it searches: the next try starts afresh.
      await loaded.destroy();
      throw error;
    }
  };
  // A page opening on words needs Pagefind at once; one opening on a list draws it first, and loads Pagefind
  // only when asked to (warm), as its start-up would hold up the first results on the page's one thread.
  return new Engine(load, files, lexiconOf(named), { startLoading: options.firstSearchHasWords });
}

/**
 * How many recent searches the engine keeps, so that going back to one
 * (clearing the box, unticking a filter, Back) redraws at once.
 */
const RECENT = 8;

export class Engine {
  /** Recent searches by state and loaded filters, least recently used first. */
  private readonly recent = new Map<string, Promise<Searched>>();
  /** Filters whose data is loaded: every search counts exactly these. */
  private readonly loaded = new Map<string, FilterSets>();
  /** Which runs are which course's, once a run filter is loaded or a search near a place made. */
  private runIndex: RunIndex | undefined;
  /** The last search near a place's distances, kept while the place and distance stay the same. */
  private lastNearness: { readonly key: string; readonly nearness: Nearness } | undefined;
  /** Pagefind, once asked for (see `pagefindLoading`). */
  private pagefind: Promise<Pagefind> | undefined;
  private readonly loadPagefind: () => Promise<Pagefind>;
  private readonly index: IndexSource;
  private readonly lexicon: Lexicon;
  /** The words of the filter values' names, which a misspelt word can be corrected to though no text has them. */
  private readonly namingWords: readonly string[];

  /**
   * Loads Pagefind with `loadPagefind` when first needed, or at once with `startLoading`; if that fails,
   * the next search by words tries again. `lexicon` holds the filter values a search's words can name.
   */
  constructor(
    loadPagefind: () => Promise<Pagefind>,
    index: IndexSource,
    lexicon: Lexicon = { phrases: new Map(), longest: 1 },
    { startLoading = true }: { readonly startLoading?: boolean } = {},
  ) {
    this.loadPagefind = loadPagefind;
    if (startLoading) this.pagefindLoading();
    this.index = index;
    this.lexicon = lexicon;
    this.namingWords = [...new Set([...lexicon.phrases.keys()].flatMap((phrase) => phrase.split(" ")))];
  }

  /** Pagefind loading or loaded, started now if it was not. */
  private pagefindLoading(): Promise<Pagefind> {
    if (!this.pagefind) {
      this.pagefind = this.loadPagefind();
      this.pagefind.catch(() => {}); // Reported by warm() and by each search that needs it.
    }
    return this.pagefind;
  }

  /** Loads Pagefind if it is not loading yet; resolves once it has, so that the first words typed are searched at once. */
  async warm(): Promise<void> {
    await this.pagefindLoading();
  }

  /**
   * Searches for the state: the term's courses (every course without one),
   * in the order asked for, keeping those with a ticked value in each filter
   * in use, and counting every loaded filter. A recent search of the same
   * state is reused while no other filter has been loaded since (its counts
   * would lack that filter).
   */
  run(state: SearchState): Promise<Searched> {
    const key = JSON.stringify([
      state.term,
      state.asTyped,
      effectiveSort(state.sort, Boolean(state.term), Boolean(state.near)).id,
      state.near ? [state.near, state.within, state.withOnline] : [],
      [...state.filters].map(([filter, values]) => [filter, [...values].sort()]).sort(),
      [...this.loaded.keys()].sort(),
    ]);
    const recent = this.recent.get(key);
    this.recent.delete(key);
    const searched = recent ?? this.search(state);
    // A search that failed (the network, say) is not kept: the next try searches again.
    searched.catch(() => this.recent.delete(key));
    this.recent.set(key, searched);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return searched;
  }

  private async search(state: SearchState): Promise<Searched> {
    const sort = effectiveSort(state.sort, Boolean(state.term), Boolean(state.near));
    const [key, direction] = Object.entries(sort.sort ?? {})[0] ?? [];
    const [pages, ascending, near] = await Promise.all([
      this.index.pages(),
      key ? this.index.sort(key) : undefined,
      state.near ? this.near(state) : undefined,
      ...[...state.filters.keys()].map((filter) => this.loadFacet(filter)),
    ]);
    const nearest = sort.id === "nearest";
    const found = state.term ? await this.understand(state.term, state.asTyped, pages) : undefined;
    // Page numbers of the results, best match first, and the result for each.
    let order: number[];
    let resultOf: (page: number) => Result;
    if (found) {
      // In another order than best match, courses with only some of the words would be mixed in with those
      // with all of them: they are listed only when no course has every word.
      const some = (ascending || nearest) && found.withEveryPart > 0;
      order = some ? found.pages.slice(0, found.withEveryPart) : [...found.pages];
      resultOf = (page) => found.results.get(page) ?? pages.result(page);
    } else {
      order = Array.from({ length: pages.count }, (_, page) => page);
      resultOf = pages.result;
    }
    if (ascending) order = sorted(order, ascending, direction === "desc");
    const nearness = near && "found" in near ? near.nearness : undefined;
    const tallied = tally(
      order,
      pages.count,
      this.loaded,
      state.filters,
      this.runIndex && { index: this.runIndex, conditions: nearness ? [nearness.condition] : [] },
    );
    const { counts, withoutFilter } = tallied;
    let { kept, runOf } = tallied;
    let miles: (number | undefined)[] = [];
    if (nearness) {
      // The run shown is the nearest that meets the filters; nearest first orders by it, online-only courses last.
      const chosen = kept.map((position, at) =>
        nearestRun(order[position]!, this.runIndex!, tallied.passes, nearness.miles, runOf[at]!),
      );
      let places = chosen.map((_, at) => at);
      if (nearest)
        places = places.sort((a, b) => (chosen[a]!.miles ?? Infinity) - (chosen[b]!.miles ?? Infinity) || a - b);
      kept = places.map((at) => kept[at]!);
      runOf = places.map((at) => chosen[at]!.run);
      miles = places.map((at) => chosen[at]!.miles);
    }
    const place = near && ("found" in near ? { found: near.found } : near);
    const results = kept.map((position) => resultOf(order[position]!));
    const index = pages.name;
    if (!found) return { index, results, runOf, miles, counts, withoutFilter, ...(place ? { place } : {}) };
    const withEveryPart = new Set(found.pages.slice(0, found.withEveryPart));
    // What is said about the words is said of the results shown, after the filters.
    const understood: Understood = {
      ...found.understood,
      withEveryPart: kept.filter((position) => withEveryPart.has(order[position]!)).length,
      found: kept.length,
    };
    return { index, results, runOf, miles, counts, withoutFilter, understood, ...(place ? { place } : {}) };
  }

  /**
   * The courses a search's words find, best first. A word not in the index is
   * first corrected to the nearest indexed word (unless `asTyped`), and the
   * query read again, so a corrected word can complete a name ("mentl health").
   * Then each part on its own: words that name filter values by their tags and
   * text, other words in the text; then the courses with every part, followed,
   * when they are few, by those with some.
   */
  private async understand(term: string, asTyped: boolean, pages: IndexPages) {
    const results = new Map<number, Result>();
    /** Each result's page and how well it matched, the best match counting 1. */
    const scored = async (found: readonly Result[]) => {
      const numbers = pages.numbersOf(found);
      numbers.forEach((page, at) => results.set(page, found[at]!));
      // Not Math.max(...scores): a word common to tens of thousands of courses would overflow the call's arguments.
      const best = found.reduce((most, result) => Math.max(most, result.score ?? 0), 0);
      return new Map(numbers.map((page, at) => [page, best > 0 ? (found[at]!.score ?? 0) / best : 1]));
    };
    const asRead = parseQuery(term, this.lexicon);
    const read = await this.correct(asRead, asTyped);
    const parts = read.corrected ? parseQuery(read.corrected, this.lexicon) : asRead;
    const matches = await Promise.all(
      parts.map((part) =>
        part.kind === "concept"
          ? this.matchConcept(part, scored)
          : // A word neither in the index nor near a word in it gets Pagefind's loose matches, on words that
            // start as it does once stemmed ("teamwork" finds "team"): sometimes right ("teamwork"), sometimes
            // not ("asye" finds "asylum"), so the page says which words were matched loosely.
            this.find(part.typed).then(scored),
      ),
    );
    const combined = combine(parts, matches, pages.count);
    const aliases = parts.flatMap((part) =>
      part.kind === "concept" && part.alias
        ? [{ written: part.written, labels: unique(part.concepts.map((concept) => concept.label)) }]
        : [],
    );
    const understood = {
      typed: term,
      ...(read.corrected ? { corrected: read.corrected } : {}),
      aliases,
      unmatched: combined.unmatched.map((part) => part.typed),
      loose: parts.flatMap((part, index) =>
        part.kind === "word" && read.unknown.has(part.typed) && matches[index]!.size > 0 ? [part.typed] : [],
      ),
    };
    return { pages: combined.pages, withEveryPart: combined.withEveryPart, results, understood };
  }

  /**
   * The query with each word that is not in the index (nor the start of a word in it, still being typed)
   * replaced by the nearest indexed word or name of a filter value, if one is near; and the words that
   * are not in the index and have nothing near.
   */
  private async correct(parts: readonly QueryPart[], asTyped: boolean) {
    const unknown = new Set<string>();
    let changed = false;
    const words = await Promise.all(
      parts.map(async (part) => {
        if (part.kind !== "word" || asTyped) return part.typed;
        const known = [...(await this.index.dictionary(part.typed)), ...this.namingWords];
        if (isKnown(part.typed, known)) return part.typed;
        const nearest = nearestWord(part.typed, known);
        if (!nearest) unknown.add(part.typed);
        else changed = true;
        return nearest ?? part.typed;
      }),
    );
    return { unknown, ...(changed ? { corrected: words.join(" ") } : {}) };
  }

  /**
   * Courses tagged with any of the values a part names, or whose text has the words typed. An
   * abbreviation ("OT", "MH") is looked up in the text by its values' labels instead: on its own it
   * would match every word it starts.
   */
  private async matchConcept(
    part: Extract<QueryPart, { kind: "concept" }>,
    scored: (found: readonly Result[]) => Promise<Map<number, number>>,
  ) {
    // Words of one or two letters ("a e" of "A&E") would match every word they start, as an abbreviation would.
    const typedWords = part.typed.split(" ").filter((word) => word.length >= SHORTEST_WORD);
    const byLabel = (part.alias && isAbbreviation(part.written)) || typedWords.length === 0;
    const looked = byLabel ? unique(part.concepts.map((concept) => concept.label)) : [typedWords.join(" ")];
    const [texts, tags] = await Promise.all([
      Promise.all(looked.map(async (words) => scored(await this.find(words)))),
      // Only the value's own courses: a file of a few kilobytes, where the whole filter's would be tens.
      Promise.all(part.concepts.map(({ filter, value }) => this.index.valueSet(filter, value))),
    ]);
    const matches = new Map<number, number>();
    for (const each of texts)
      for (const [page, score] of each) matches.set(page, Math.max(matches.get(page) ?? 0, score));
    for (const tagged of tags) for (const page of tagged) matches.set(page, TAGGED + (matches.get(page) ?? 0) / 4);
    return matches;
  }

  private async find(term: string): Promise<readonly Result[]> {
    const loading = this.pagefindLoading();
    let pagefind: Pagefind;
    try {
      pagefind = await loading;
    } catch (error) {
      // The next search tries again.
      if (this.pagefind === loading) this.pagefind = undefined;
      throw error;
    }
    return (await pagefind.search(term, {}))?.results ?? [];
  }

  /**
   * The place a search near one is from, with each run's distance from it; or, when the
   * gazetteer has no such place, what was typed and names like it.
   */
  private async near(state: SearchState) {
    const [gazetteer, places, runIndex, { findPlace, suggestPlaces }] = await Promise.all([
      this.index.gazetteer(),
      this.index.runPlaces(),
      this.index.runIndex(),
      // Only a search near a place needs the code that reads places.
      import("../../domain/places/gazetteer.ts"),
    ]);
    this.runIndex ??= runIndex;
    const found = findPlace(state.near, gazetteer);
    if (!found) return { notFound: state.near, suggestions: suggestPlaces(state.near, gazetteer) };
    const key = JSON.stringify([found.latitude, found.longitude, state.within, state.withOnline]);
    if (this.lastNearness?.key !== key)
      this.lastNearness = { key, nearness: nearness(places, found, state.within, state.withOnline) };
    return { found, nearness: this.lastNearness.nearness };
  }

  /** Starts loading what a search near a place needs, as the visitor turns to the place box. */
  preparePlaces(): void {
    Promise.all([this.index.gazetteer(), this.index.runPlaces(), this.index.runIndex()]).catch(() => {
      // Tried again, and reported, by the search near a place itself.
    });
  }

  /** Loads one filter's data, so that from now on every search counts its values. */
  async loadFacet(key: string): Promise<void> {
    if (this.loaded.has(key)) return;
    const sets = await this.index.sets(key);
    if (sets.unit === "run") this.runIndex ??= await this.index.runIndex();
    this.loaded.set(key, sets);
  }
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** Page numbers in the order of a sort, given every page number in ascending order of its key. */
function sorted(order: readonly number[], ascending: Uint32Array, descending: boolean): number[] {
  // A page missing from the sort goes last rather than out of the results.
  const size = order.reduce((largest, page) => Math.max(largest, page + 1), ascending.length);
  const position = new Uint32Array(size).fill(ascending.length);
  ascending.forEach((page, at) => (position[page] = at));
  const byPosition = (a: number, b: number) => position[a]! - position[b]!;
  return [...order].sort(descending ? (a, b) => byPosition(b, a) : byPosition);
}
