import { describe, expect, it } from "vitest";
import { dictionaryOf } from "../../src/search/dictionary.ts";
import { Engine, type Pagefind } from "../../src/search/client/engine.ts";
import { lexiconOf } from "../../src/search/client/query.ts";
import type { Gazetteer } from "../../src/domain/places/gazetteer.ts";
import type { RunPlaces } from "../../src/search/client/nearby.ts";
import type { FilterSets, IndexPages, IndexSource, Result, RunIndex } from "../../src/search/client/index-files.ts";
import { emptyState, toggleFilter, type SearchState } from "../../src/search/client/state.ts";

type Page = { id: string; words: string; start: string; filters: Record<string, string[]>; at?: [number, number] };

const resultFor = (page: Page): Result => ({
  id: page.id,
  data: async () => ({ url: page.id, excerpt: "", meta: {} }),
});

/** A stand-in for Pagefind as this page uses it: a term's pages, best match first (here, the most recent page first). */
class FakePagefind implements Pagefind {
  searches = 0;
  readonly terms: string[] = [];
  constructor(private readonly pages: readonly Page[]) {}
  async options(): Promise<void> {}
  async init(): Promise<void> {}
  async mergeIndex(): Promise<void> {}
  async filters(): Promise<unknown> {
    return {};
  }
  async destroy(): Promise<void> {}
  async search(term: string) {
    this.searches++;
    this.terms.push(term);
    const matching = (test: (word: string) => boolean) =>
      this.pages.filter((page) => page.words.includes(term) || page.words.split(" ").some(test));
    const exact = matching((word) => word.startsWith(term));
    // Like Pagefind, a word it does not hold is answered with words that start as the word does.
    const found = exact.length > 0 ? exact : matching((word) => word.slice(0, 4) === term.slice(0, 4));
    return {
      results: found.reverse().map((page, rank, all) => ({ ...resultFor(page), score: all.length - rank })),
    };
  }
}

/** The index folder the build would write for `pages`, numbered in their order; it notes the filter data fetched. */
class FakeIndex implements IndexSource {
  readonly fetched: string[] = [];
  failNext = false;
  constructor(private readonly catalogue: readonly Page[]) {}
  async pages(): Promise<IndexPages> {
    const numbers = new Map(this.catalogue.map((page, number) => [page.id, number]));
    return {
      name: `${this.catalogue.length}:en_test`,
      count: this.catalogue.length,
      shardFolders: [""],
      // The fake Pagefind reads no page list.
      pagefindMetaFiles: ["pagefind.en_test.pf_meta"],
      pagefindMeta: async () => new Uint8Array(),
      result: (number) => resultFor(this.catalogue[number]!),
      // As IndexFiles does (tested in index-files.test.ts): a result its page lists lack is an error.
      numbersOf: (found) =>
        found.map((result) => {
          const number = numbers.get(result.id!);
          if (number === undefined)
            throw new Error(`The search index and its page lists disagree about result ${result.id}`);
          return number;
        }),
    };
  }
  async sort(key: string): Promise<Uint32Array> {
    const field = { start: (page: Page) => page.start, title: (page: Page) => page.id }[key];
    if (!field) throw new Error(`no "${key}" sort`);
    const numbers = this.catalogue.map((_, number) => number);
    return Uint32Array.from(numbers.sort((a, b) => field(this.catalogue[a]!).localeCompare(field(this.catalogue[b]!))));
  }
  async sets(key: string): Promise<FilterSets> {
    this.fetched.push(key);
    if (this.failNext) {
      this.failNext = false;
      throw new Error("connection dropped");
    }
    const sets = new Map<string, number[]>();
    this.catalogue.forEach((page, number) => {
      for (const value of page.filters[key] ?? []) sets.set(value, [...(sets.get(value) ?? []), number]);
    });
    return { unit: "page", values: new Map([...sets].map(([value, numbers]) => [value, Uint32Array.from(numbers)])) };
  }
  async runIndex(): Promise<RunIndex> {
    return { firstRun: Uint32Array.from({ length: this.catalogue.length + 1 }, (_, page) => page) };
  }
  async runPlaces(): Promise<RunPlaces> {
    this.fetched.push("run places");
    return {
      latitude: Float64Array.from(this.catalogue, (page) => page.at?.[0] ?? Number.NaN),
      longitude: Float64Array.from(this.catalogue, (page) => page.at?.[1] ?? Number.NaN),
      online: Uint8Array.from(this.catalogue, (page) => (page.filters.where?.includes("online") ? 1 : 0)),
    };
  }
  async gazetteer(): Promise<Gazetteer> {
    this.fetched.push("gazetteer");
    return {
      attribution: "",
      districts: { BL1: [53.58, -2.43] },
      towns: { Bolton: [53.578, -2.429], Carlisle: [54.89, -2.93] },
    };
  }
  async valueSet(key: string, value: string): Promise<Uint32Array> {
    this.fetched.push(`${key}=${value}`);
    return Uint32Array.from(
      this.catalogue.flatMap((page, number) => (page.filters[key]?.includes(value) ? [number] : [])),
    );
  }
  async dictionary(word: string): Promise<readonly string[]> {
    this.fetched.push("dictionary");
    return dictionaryOf(this.catalogue.map((page) => page.words)).filter((known) => known[0] === word[0]);
  }
}

const pages: Page[] = [
  { id: "a", words: "dementia care", start: "2027-03", filters: { theme: ["communication"], where: ["online"] } },
  { id: "b", words: "dementia", start: "2027-01", filters: { theme: ["team-working"], where: ["online"] } },
  {
    id: "c",
    words: "carers",
    start: "2027-02",
    filters: { theme: ["communication"], where: ["north"] },
    // Bolton.
    at: [53.58, -2.43],
  },
  {
    id: "d",
    words: "dementia",
    start: "2027-04",
    filters: { theme: ["communication", "team-working"], where: ["north"] },
    // Carlisle, about 90 miles north of Bolton.
    at: [54.89, -2.93],
  },
];
const ids = (found: { results: readonly { id?: string }[] }) => found.results.map((result) => result.id);
const engineFor = (list = pages) => {
  const pagefind = new FakePagefind(list);
  const index = new FakeIndex(pages);
  return { pagefind, index, engine: new Engine(async () => pagefind, index) };
};
const term = (words: string, sort = ""): SearchState => ({ ...emptyState, term: words, sort });

describe("the search engine", () => {
  it("lists every course soonest start first with no term, without asking Pagefind or fetching filter data", async () => {
    const { pagefind, index, engine } = engineFor();
    const found = await engine.run(emptyState);
    expect(ids(found)).toEqual(["b", "c", "a", "d"]);
    expect(found.counts).toEqual({});
    expect(pagefind.searches).toBe(0);
    expect(index.fetched).toEqual([]);
  });

  it("keeps Pagefind's best match order for a term, and the index's sort order when one is chosen", async () => {
    const { engine } = engineFor();
    expect(ids(await engine.run(term("dementia")))).toEqual(["d", "b", "a"]);
    expect(ids(await engine.run(term("dementia", "start")))).toEqual(["b", "a", "d"]);
    expect(ids(await engine.run(term("dementia", "title")))).toEqual(["a", "b", "d"]);
  });

  it("keeps results with a ticked value in every filter in use, and counts each filter as OR within it", async () => {
    const { engine } = engineFor();
    let state = toggleFilter(emptyState, "theme", "communication", true);
    state = toggleFilter(state, "where", "north", true);
    const { results, counts, withoutFilter } = await engine.run(state);
    expect(results.map((result) => result.id)).toEqual(["c", "d"]);
    // Theme, with where=north: ticking team-working too would find d (and c, d for communication).
    expect(counts.theme).toEqual({ communication: 2, "team-working": 1 });
    expect(counts.where).toEqual({ online: 1, north: 2 });
    expect(withoutFilter).toEqual({ theme: 2, where: 3 });

    const withTerm = await engine.run(toggleFilter(term("dementia"), "theme", "team-working", true));
    expect(ids(withTerm)).toEqual(["d", "b"]);
    expect(withTerm.counts.theme).toEqual({ communication: 2, "team-working": 2 });
    expect(withTerm.withoutFilter).toEqual({ theme: 3 });
  });

  it("counts a filter the user asked for in every search from then on", async () => {
    const { engine } = engineFor();
    await engine.loadFacet("where");
    expect((await engine.run(term("dementia"))).counts).toEqual({ where: { online: 2, north: 1 } });
    expect((await engine.run(term("carers"))).counts).toEqual({ where: { online: 0, north: 1 } });
  });

  it("answers a recent search again at once, but counts again once another filter is loaded", async () => {
    const { pagefind, engine } = engineFor();
    await engine.run(term("dementia"));
    await engine.run(term("carers"));
    expect(ids(await engine.run(term("dementia")))).toEqual(["d", "b", "a"]);
    expect(pagefind.searches).toBe(2);
    // Its counts would lack "where": search again, and count it.
    await engine.loadFacet("where");
    expect((await engine.run(term("dementia"))).counts).toEqual({ where: { online: 2, north: 1 } });
    expect(pagefind.searches).toBe(3);
  });

  it("fails a search whose filter data did not arrive, and tries again next time", async () => {
    const { index, engine } = engineFor();
    const state = toggleFilter(emptyState, "where", "online", true);
    index.failNext = true;
    await expect(engine.run(state)).rejects.toThrow("connection dropped");
    expect(ids(await engine.run(state))).toEqual(["b", "a"]);
  });

  it("refuses to show, sort or filter a result the index's page list does not know, rather than drop it", async () => {
    const { engine } = engineFor([...pages, { id: "new", words: "dementia", start: "", filters: {} }]);
    await expect(engine.run(term("dementia"))).rejects.toThrow("disagree about result new");
    await expect(engine.run(term("dementia", "title"))).rejects.toThrow("disagree about result new");
    await expect(engine.run(toggleFilter(term("dementia"), "where", "north", true))).rejects.toThrow(
      "disagree about result new",
    );
  });

  it("tries loading Pagefind again for the next search by words after it failed, while listing needs none", async () => {
    const pagefind = new FakePagefind(pages);
    let attempts = 0;
    const engine = new Engine(async () => {
      if (++attempts === 1) throw new Error("pagefind.js did not load");
      return pagefind;
    }, new FakeIndex(pages));
    await expect(engine.warm()).rejects.toThrow("did not load");
    expect(ids(await engine.run(emptyState))).toEqual(["b", "c", "a", "d"]);
    await expect(engine.run(term("dementia"))).rejects.toThrow("did not load");
    expect(ids(await engine.run(term("dementia")))).toEqual(["d", "b", "a"]);
    expect(attempts).toBe(2);
  });
});

describe("how the engine reads a search's words", () => {
  const catalogue: Page[] = [
    { id: "ot", words: "hand therapy", start: "2027-01", filters: { profession: ["occupational-therapist"] } },
    { id: "eol", words: "end of life care pathway", start: "2027-02", filters: { topic: ["end-of-life-care"] } },
    { id: "dem", words: "dementia care together", start: "2027-03", filters: { topic: ["dementia"] } },
    { id: "mh", words: "mental health recovery", start: "2027-04", filters: { topic: ["mental-health"] } },
    { id: "other", words: "other otherwise", start: "2027-05", filters: {} },
  ];
  const lexicon = lexiconOf([
    { filter: "profession", value: "occupational-therapist", label: "Occupational therapist", aliases: ["OT"] },
    {
      filter: "topic",
      value: "end-of-life-care",
      label: "End of life care",
      aliases: ["palliative care", "palliative"],
    },
    { filter: "topic", value: "dementia", label: "Dementia", aliases: [] },
    { filter: "topic", value: "mental-health", label: "Mental health", aliases: ["MH"] },
    { filter: "topic", value: "urgent-care", label: "Urgent care", aliases: ["A&E"] },
  ]);
  const setUp = () => {
    const index = new FakeIndex(catalogue);
    const pagefind = new FakePagefind(catalogue);
    return { index, pagefind, engine: new Engine(async () => pagefind, index, lexicon) };
  };

  it("finds the courses tagged with the value an alias names, and never matches the alias as the start of a word", async () => {
    const { engine, index } = setUp();
    const found = await engine.run(term("OT"));
    expect(ids(found)).toEqual(["ot"]); // not "other", which starts with "ot"
    expect(index.fetched).toEqual(["profession=occupational-therapist"]); // one value's courses, not the filter's
    expect(found.understood?.aliases).toEqual([{ written: "OT", labels: ["Occupational therapist"] }]);
    expect(ids(await engine.run(term("palliative")))).toEqual(["eol"]);
  });

  it("never sends an abbreviation, or words of one or two letters, to the text search", async () => {
    const { engine, pagefind } = setUp();
    await engine.run(term("A&E"));
    await engine.run(term("MH"));
    expect(pagefind.terms).toEqual(["Urgent care", "Mental health"]);
  });

  it("corrects a word that finds nothing to the nearest indexed word, and says so", async () => {
    const { engine } = setUp();
    const found = await engine.run(term("demntia"));
    expect(ids(found)).toEqual(["dem"]);
    expect(found.understood).toMatchObject({ typed: "demntia", corrected: "dementia" });
  });

  it("reads the query again after correcting, so a corrected word can complete a name", async () => {
    const { engine } = setUp();
    const found = await engine.run(term("mentl health"));
    expect(ids(found)).toEqual(["mh"]);
    expect(found.understood).toMatchObject({ corrected: "mental health", withEveryPart: 1 });
  });

  it("says when a word neither in the index nor near a word in it is matched loosely", async () => {
    const { engine } = setUp();
    const found = await engine.run(term("togethering"));
    expect(ids(found)).toEqual(["dem"]); // "together"
    expect(found.understood).toMatchObject({ loose: ["togethering"] });
    expect(found.understood?.corrected).toBeUndefined();
    // The start of an indexed word is known, not loose.
    expect((await engine.run(term("recov"))).understood?.loose).toEqual([]);
  });

  it("never corrects a word in the index or one still being typed, and searches as typed when asked", async () => {
    const { engine } = setUp();
    const found = await engine.run(term("therapy"));
    expect(ids(found)).toEqual(["ot"]);
    expect(found.understood?.corrected).toBeUndefined();
    expect((await engine.run(term("therap"))).understood?.corrected).toBeUndefined();
    expect(ids(await engine.run({ ...term("demntia"), asTyped: true }))).toEqual([]);
  });

  it("shows the courses with the most of several words when none has them all, and says which found nothing", async () => {
    const { engine } = setUp();
    const found = await engine.run(term("dementia mental health zzzz"));
    expect(ids(found).sort()).toEqual(["dem", "mh"]);
    expect(found.understood?.withEveryPart).toBe(0);
    expect(found.understood?.unmatched).toEqual(["zzzz"]);
    const both = await engine.run(term("dementia care"));
    // One course has both words; the courses with one of them follow it, so the page is not one result long.
    expect(ids(both)[0]).toBe("dem");
    expect(both.understood).toMatchObject({ withEveryPart: 1, found: 2 });
    // In another order than best match, only the course with both words is listed.
    expect(ids(await engine.run(term("dementia care", "start")))).toEqual(["dem"]);
  });

  it("searches near a place: venues within the distance, nearest first, online courses kept unless left out", async () => {
    const { index, engine } = engineFor();
    const near = { ...emptyState, near: "bolton", within: 10 };
    const found = await engine.run(near);
    expect(found.place).toEqual({ found: expect.objectContaining({ name: "Bolton", kind: "town" }) });
    // c meets in Bolton; a and b are online, listed after it in the index's order; d, in Carlisle, is too far.
    expect(ids(found)).toEqual(["c", "a", "b"]);
    expect(found.miles[0]).toBeLessThan(1);
    expect(found.miles.slice(1)).toEqual([undefined, undefined]);
    expect(found.withoutFilter.near).toBe(4);
    expect(ids(await engine.run({ ...near, withOnline: false }))).toEqual(["c"]);
    expect(ids(await engine.run({ ...near, within: 100 }))).toEqual(["c", "d", "a", "b"]);
    // Soonest start, chosen, keeps the same courses in start order.
    expect(ids(await engine.run({ ...near, sort: "start" }))).toEqual(["b", "c", "a"]);
    expect(index.fetched).toEqual(expect.arrayContaining(["gazetteer", "run places"]));
  });

  it("says when a place is not found, suggests names like it, and does not limit the results by place", async () => {
    const { engine } = engineFor();
    const found = await engine.run({ ...emptyState, near: "Boltn" });
    expect(found.place).toEqual({ notFound: "Boltn", suggestions: ["Bolton"] });
    expect(ids(found)).toEqual(["a", "b", "c", "d"]);
  });
});
