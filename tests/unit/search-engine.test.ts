import { describe, expect, it } from "vitest";
import { Engine, Superseded, type Pagefind } from "../../src/search/client/engine.ts";
import { emptyState, toggleFilter } from "../../src/search/client/state.ts";

type Page = { id: string; words: string; filters: Record<string, string[]> };

/**
 * A stand-in for Pagefind with its real counting rule (seen in Pagefind 1.6):
 * a search loads the data of the filters it uses, `preload` loads what it
 * names, and a response counts values only for filters whose data is loaded.
 */
class FakePagefind implements Pagefind {
  readonly loaded = new Set<string>();
  searches = 0;
  constructor(private readonly pages: readonly Page[]) {}
  async options(): Promise<void> {}
  async init(): Promise<void> {}
  async preload(_term: string | null, options: { filters?: object }): Promise<void> {
    for (const key of Object.keys(options.filters ?? {})) this.loaded.add(key);
  }
  async search(term: string | null, options: { filters?: object }) {
    this.searches++;
    const filters = (options.filters ?? {}) as Record<string, { any: string[] }>;
    for (const key of Object.keys(filters)) this.loaded.add(key);
    const matches = this.pages.filter(
      (page) =>
        (term === null || page.words.includes(term)) &&
        Object.entries(filters).every(([key, { any }]) => page.filters[key]?.some((value) => any.includes(value))),
    );
    const counts: Record<string, Record<string, number>> = {};
    for (const key of this.loaded) {
      counts[key] = {};
      for (const page of matches)
        for (const value of page.filters[key] ?? []) counts[key][value] = (counts[key][value] ?? 0) + 1;
    }
    return {
      results: matches.map((page) => ({ id: page.id, data: async () => ({ url: page.id, excerpt: "", meta: {} }) })),
      filters: counts,
    };
  }
}

const pages: Page[] = [
  { id: "a", words: "dementia care", filters: { theme: ["communication"], where: ["online"] } },
  { id: "b", words: "dementia", filters: { theme: ["team-working"], where: ["online"] } },
  { id: "c", words: "carers", filters: { theme: ["communication"], where: ["north"] } },
  { id: "d", words: "dementia", filters: { theme: ["communication", "team-working"], where: ["north"] } },
];

describe("the search engine", () => {
  it("loads no filter data to browse or search, and so counts no filter", async () => {
    const pagefind = new FakePagefind(pages);
    const engine = new Engine(pagefind);
    const run = engine.run({ ...emptyState, term: "dementia" });
    expect((await run.found).results.map((result) => result.id)).toEqual(["a", "b", "d"]);
    expect((await run.counted()).counts).toEqual({});
    expect(pagefind.loaded.size).toBe(0);
  });

  it("counts a filter in use as OR within it and AND with the others, only once its own search is in", async () => {
    const engine = new Engine(new FakePagefind(pages));
    let state = toggleFilter(emptyState, "theme", "communication", true);
    state = toggleFilter(state, "where", "north", true);
    const run = engine.run(state);
    const found = await run.found;
    expect(found.results.map((result) => result.id)).toEqual(["c", "d"]);
    // The main search's counts for filters in use are AND within the filter: they must not be offered.
    expect(found.counts).toEqual({});
    const { counts, withoutFilter } = await run.counted();
    // Theme, with where=north: ticking team-working too would find d (and c, d for communication).
    expect(counts.theme).toEqual({ communication: 2, "team-working": 1 });
    expect(counts.where).toEqual({ online: 1, north: 2 });
    expect(withoutFilter).toEqual({ theme: 2, where: 3 });
  });

  it("searches for the counts only when they are asked for, and only once", async () => {
    const pagefind = new FakePagefind(pages);
    const engine = new Engine(pagefind);
    const run = engine.run(
      toggleFilter(toggleFilter(emptyState, "theme", "communication", true), "where", "north", true),
    );
    await run.found;
    // The results' details load while nothing else searches; a replaced search is never counted.
    expect(pagefind.searches).toBe(1);
    const [first, second] = await Promise.all([run.counted(), run.counted()]);
    expect(first).toBe(second);
    expect(pagefind.searches).toBe(3);
  });

  it("gives up counting for a search once another has started, and counts it again when it comes back", async () => {
    const pagefind = new FakePagefind(pages);
    const engine = new Engine(pagefind);
    const both = toggleFilter(toggleFilter(emptyState, "theme", "communication", true), "where", "north", true);
    const left = engine.run(both);
    await left.found;
    engine.run({ ...emptyState, term: "carers" });
    const before = pagefind.searches;
    await expect(left.counted()).rejects.toBeInstanceOf(Superseded);
    expect(pagefind.searches).toBe(before);
    // Back to it (an equal state, as Back gives): searched and counted afresh.
    const back = engine.run(
      toggleFilter(toggleFilter(emptyState, "theme", "communication", true), "where", "north", true),
    );
    expect((await back.counted()).withoutFilter).toEqual({ theme: 2, where: 3 });
  });

  it("counts a filter the user asked for in every search from then on", async () => {
    const engine = new Engine(new FakePagefind(pages));
    await engine.loadFacet("where");
    const run = engine.run({ ...emptyState, term: "dementia" });
    expect((await run.found).counts).toEqual({ where: { online: 2, north: 1 } });
    const later = engine.run({ ...emptyState, term: "carers" });
    expect((await later.counted()).counts).toEqual({ where: { north: 1 } });
  });

  it("answers a recent search again at once, but searches again once another filter is loaded", async () => {
    const pagefind = new FakePagefind(pages);
    const engine = new Engine(pagefind);
    const dementia = { ...emptyState, term: "dementia" };
    await engine.run(dementia).counted();
    await engine.run({ ...emptyState, term: "carers" }).counted();
    const before = pagefind.searches;
    expect((await engine.run(dementia).found).results).toHaveLength(3);
    expect(pagefind.searches).toBe(before);
    // Its counts would lack "where": search again, and count it.
    await engine.loadFacet("where");
    expect((await engine.run(dementia).found).counts).toEqual({ where: { online: 2, north: 1 } });
    expect(pagefind.searches).toBe(before + 1);
  });
});
