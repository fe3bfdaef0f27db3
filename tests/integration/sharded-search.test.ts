import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { startEngine } from "../../src/search/client/engine.ts";
import { emptyState, toggleFilter } from "../../src/search/client/state.ts";
import type { SearchRecord } from "../../src/search/record.ts";
import { writeSearchIndex } from "../../src/search/write-index.ts";

/** Courses 0 to 29, soonest first; the even ones are about dementia, the odd ones about carers. */
const records: SearchRecord[] = Array.from({ length: 30 }, (_, n) => ({
  url: `/courses/course-${n}/`,
  content: `Course ${n} about ${n % 2 ? "carers" : "dementia"}${n === 29 ? " and rare words" : ""}`,
  language: "en",
  meta: { title: `Course ${n}` },
  filters: { theme: n % 3 === 0 ? ["communication"] : [] },
  runs: [{ where: ["online"] }],
  runPlaces: [{ online: true }],
  sort: { start: `2027-01-${String(n + 1).padStart(2, "0")}`, title: `course ${n}` },
}));

let indexDir = "";
afterAll(() => rm(indexDir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllGlobals());

/** The index's files, as the browser would fetch them from the site (but those in `failing`), with the URLs fetched. */
function serve(failing: ReadonlySet<string> = new Set()): string[] {
  const fetched: string[] = [];
  const origin = "https://example.org/pagefind/";
  vi.stubGlobal("fetch", async (input: string | URL) => {
    const url = String(input).replace(/\?.*$/, "");
    const file = url.startsWith(origin) ? url.slice(origin.length) : url.slice(pathToFileURL(indexDir).href.length + 1);
    fetched.push(file);
    if (failing.has(file)) return new Response("", { status: 503 });
    try {
      return new Response(new Uint8Array(await readFile(path.join(indexDir, file))));
    } catch {
      return new Response("", { status: 404 });
    }
  });
  return fetched;
}

describe("a search index written as several shards, searched as the search page does", () => {
  it("finds words in every shard with Pagefind's own script, and lists and filters across them", async () => {
    indexDir = await mkdtemp(path.join(tmpdir(), "sharded-"));
    const { index: name } = await writeSearchIndex(records, indexDir, {
      filterKeys: ["theme", "where"],
      pagesPerShard: 12,
    });
    expect(name).toMatch(/^30:12:en_\w+\+en_\w+\+en_\w+$/);
    const fetched = serve();
    // Pagefind's script is imported from the index folder (a file URL here); its files are fetched.
    const engine = startEngine(`${pathToFileURL(indexDir).href}/`, "/places.json", [], { firstSearchHasWords: false });
    const urls = async (found: { results: readonly { data(): Promise<{ url: string }> }[] }) =>
      Promise.all(found.results.map(async (result) => (await result.data()).url));

    // Browsing reads only the shards whose courses it shows.
    const browsed = await engine.run(emptyState);
    expect(browsed.results).toHaveLength(30);
    expect(await urls({ results: browsed.results.slice(0, 3) })).toEqual(records.slice(0, 3).map(({ url }) => url));
    // The packed copies of the page lists, never Pagefind's own (see pagefind-fetch.ts).
    const pageLists = () => new Set(fetched.filter((file) => file.endsWith(".pf_pages")));
    const pagefindLists = () => fetched.filter((file) => file.endsWith(".pf_meta"));
    expect(pageLists().size).toBe(1);

    // Words are searched in all three shards.
    const dementia = await engine.run({ ...emptyState, term: "dementia" });
    expect((await urls(dementia)).sort()).toEqual(
      records
        .filter((_, n) => n % 2 === 0)
        .map(({ url }) => url)
        .sort(),
    );
    expect(pageLists().size).toBe(3);
    expect(pagefindLists()).toEqual([]);
    // A word only the last shard holds.
    expect(await urls(await engine.run({ ...emptyState, term: "rare" }))).toEqual(["/courses/course-29/"]);
    // Filters number pages across shards.
    const filtered = await engine.run(
      toggleFilter({ ...emptyState, term: "dementia" }, "theme", "communication", true),
    );
    expect((await urls(filtered)).sort()).toEqual(
      records
        .filter((_, n) => n % 6 === 0)
        .map(({ url }) => url)
        .sort(),
    );
  });

  it("starts Pagefind afresh after a later shard failed to load, rather than search it broken", async () => {
    // Pagefind's script is one module for the page: the search above left it loaded.
    const pagefindScript = `${pathToFileURL(indexDir).href}/pagefind.js`;
    await ((await import(/* @vite-ignore */ pagefindScript)) as { destroy(): Promise<void> }).destroy();
    const failing = new Set(["shards/2/pagefind-entry.json"]);
    serve(failing);
    const engine = startEngine(`${pathToFileURL(indexDir).href}/`, "/places.json", [], { firstSearchHasWords: false });
    const urls = async (found: { results: readonly { data(): Promise<{ url: string }> }[] }) =>
      Promise.all(found.results.map(async (result) => (await result.data()).url));
    await expect(engine.run({ ...emptyState, term: "rare" })).rejects.toThrow();
    // Everything loads next time: every shard is searched, once.
    failing.clear();
    expect(await urls(await engine.run({ ...emptyState, term: "rare" }))).toEqual(["/courses/course-29/"]);
    const dementia = await urls(await engine.run({ ...emptyState, term: "dementia" }));
    expect(dementia).toHaveLength(15);
    expect(new Set(dementia).size).toBe(15);
  });

  it("copies the shards whose courses are unchanged from the last build, and indexes only the changed one", async () => {
    const reuseDir = await mkdtemp(path.join(tmpdir(), "kept-shards-"));
    const write = async (written: readonly SearchRecord[]) => {
      indexDir = await mkdtemp(path.join(tmpdir(), "sharded-"));
      return writeSearchIndex(written, indexDir, { filterKeys: ["theme", "where"], pagesPerShard: 12, reuseDir });
    };
    try {
      const first = await write(records);
      expect(first.reusedShards).toBe(0);
      // What is kept of each shard is Pagefind's own files, taken before the index's other files were written.
      for (const kept of await readdir(reuseDir)) {
        const files = await readdir(path.join(reuseDir, kept));
        expect(files).toContain("pagefind-entry.json");
        expect(files).not.toContain("shards");
        expect(files).not.toContain("current-index.json");
      }
      // Course 13, in the second shard, now also covers telehealth.
      const edited = records.map((record, n) =>
        n === 13 ? { ...record, content: `${record.content} and telehealth` } : record,
      );
      const second = await write(edited);
      expect(second.reusedShards).toBe(2);
      const [before, after] = [first, second].map(({ index }) => index.split(":")[2]!.split("+"));
      expect(after![0]).toBe(before![0]);
      expect(after![1]).not.toBe(before![1]);
      expect(after![2]).toBe(before![2]);
      // Only this build's shards are kept.
      expect((await readdir(reuseDir)).length).toBe(3);
      serve();
      const engine = startEngine(`${pathToFileURL(indexDir).href}/`, "/places.json", [], { firstSearchHasWords: true });
      const found = await engine.run({ ...emptyState, term: "telehealth" });
      expect(await Promise.all(found.results.map(async (result) => (await result.data()).url))).toEqual([
        "/courses/course-13/",
      ]);
      expect((await engine.run({ ...emptyState, term: "rare" })).results).toHaveLength(1);
    } finally {
      await rm(reuseDir, { recursive: true, force: true });
    }
  });
});
