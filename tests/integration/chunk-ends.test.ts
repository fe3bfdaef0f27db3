import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CLOSED, lastWordOf } from "../../src/search/chunk-ends.ts";
import { currentIndex } from "../../src/search/pagefind-files.ts";
import { readIndexChunks, setChunkEnds, type IndexChunk } from "../../src/search/pagefind-meta.ts";
import { PAGEFIND_RANKING } from "../../src/search/ranking.ts";
import type { SearchRecord } from "../../src/search/record.ts";
import { writeSearchIndex } from "../../src/search/write-index.ts";

/**
 * 1,000 courses whose words Pagefind cuts into four chunks, the first ending in "a", which is on every
 * course, as in the real catalogue: numbers first, then "a", whose places fill a chunk.
 */
const records: SearchRecord[] = Array.from({ length: 1000 }, (_, n) => ({
  url: `/courses/course-${n}/`,
  content:
    `Course ${n} ${10_000 + n} ${20_000 + n} is a course of ${1000 + n} parts: a ${n % 2 ? "dementia" : "carers"} ` +
    `assessment, with a plan and a review, in a team of ${n % 50} and a ${n % 3 ? "nurse" : "social worker"}.`,
  language: "en",
  meta: { title: `Course ${n}` },
  filters: {},
  runs: [{}],
  runPlaces: [{ online: false }],
  sort: { start: "2027-01-01", title: `course ${n}` },
}));

interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; score: number }[] }>;
}

interface PagefindScript {
  search: PagefindModule["search"];
  restart(): Promise<void>;
}

let indexDir = "";
let chunks: IndexChunk[] = [];
let metaFile = "";
let meta: Uint8Array = new Uint8Array();
beforeAll(async () => {
  indexDir = await mkdtemp(path.join(tmpdir(), "chunk-ends-"));
  await writeSearchIndex(records, indexDir, { filterKeys: [] });
  metaFile = `pagefind.${currentIndex(JSON.parse(await readFile(path.join(indexDir, "pagefind-entry.json"), "utf8")))}.pf_meta`;
  meta = gunzipSync(await readFile(path.join(indexDir, metaFile)));
  chunks = readIndexChunks(meta);
});
afterAll(() => rm(indexDir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllGlobals());

/** The index's page list as Pagefind wrote it, before the build closed its ranges. */
const asPagefindWroteIt = () =>
  setChunkEnds(meta, ({ to }) => (to.endsWith(CLOSED) ? to.slice(0, -CLOSED.length) : to));

/** Each copy of Pagefind's script started below, by the host it fetches the index from: its page list, and the word index chunks it fetched. */
const copies = new Map<string, { pageList: Uint8Array; fetched: Set<string> }>();
beforeEach(() =>
  vi.stubGlobal("fetch", async (input: string | URL) => {
    const url = new URL(String(input));
    const copy = copies.get(url.hostname);
    if (!copy) return new Response("", { status: 404 });
    const file = url.pathname.replace(/^\/pagefind\//, "");
    if (file.startsWith("index/")) copy.fetched.add(path.basename(file, ".pf_index"));
    if (file === metaFile) return new Response(gzipSync(copy.pageList));
    return new Response(new Uint8Array(await readFile(path.join(indexDir, file))));
  }),
);

/** A copy of Pagefind's own script over the index, of its own, reading `pageList` as its page list. */
async function pagefindWith(pageList: Uint8Array, name: string) {
  const copy = { pageList, fetched: new Set<string>() };
  copies.set(`${name}.example`, copy);
  const script = `${pathToFileURL(path.join(indexDir, "pagefind.js")).href}?${name}`;
  const loaded = (await import(/* @vite-ignore */ script)) as PagefindModule;
  const start = async () => {
    await loaded.options({
      basePath: `https://${name}.example/pagefind/`,
      baseUrl: "/",
      ranking: PAGEFIND_RANKING,
      noWorker: true,
    });
    await loaded.init();
  };
  await start();
  /** Pagefind started again, with nothing loaded but its page list. */
  const restart = async () => {
    await loaded.destroy();
    copy.fetched.clear();
    await start();
  };
  return { pagefind: { search: loaded.search, restart }, fetched: copy.fetched };
}

describe("the word index's chunks, as the build names their ranges", () => {
  it("end a range just after its last word when that is a whole word of one or two letters, and leave the others", async () => {
    const kinds = new Set<string>();
    for (const chunk of chunks) {
      const last = lastWordOf(gunzipSync(await readFile(path.join(indexDir, "index", `${chunk.hash}.pf_index`))));
      if (last.length < 3 && chunk.to.startsWith(last)) {
        expect(chunk.to).toBe(last + CLOSED);
        kinds.add("closed");
      } else if (chunk.to === last) kinds.add("a longer whole word, left");
      else {
        expect(last.startsWith(chunk.to) && last !== chunk.to).toBe(true);
        kinds.add("cut short, left");
      }
    }
    expect([...kinds].sort()).toEqual(["a longer whole word, left", "closed", "cut short, left"]);
    expect(chunks[0]!.to).toBe(`a${CLOSED}`);
  });

  it('keep Pagefind from loading the chunk ending in "a" for a longer word no course has, which found every course with "a"', async () => {
    // "abseiling" (stemmed "abseil") is after the first chunk's "a" and before the second's first word: no range holds it.
    expect(chunks[1]!.from > "abseil").toBe(true);
    const [written, closed] = [await pagefindWith(asPagefindWroteIt(), "written"), await pagefindWith(meta, "closed")];
    expect((await written.pagefind.search("abseiling")).results).toHaveLength(records.length);
    expect([...written.fetched]).toEqual([chunks[0]!.hash]);
    expect((await closed.pagefind.search("abseiling")).results).toEqual([]);
    expect([...closed.fetched]).toEqual([]);
  });

  it("find the same courses, with the same scores, for every word of the courses and longer words; several words lose only a short stand-in", async () => {
    // Not every number: a few stand for them all.
    const words = [
      ...new Set(records.flatMap(({ content }) => content.toLowerCase().match(/[a-z]+|\d+/g) ?? [])),
    ].filter((word) => !/^\d{3,}$/.test(word) || /^(10|20)00[05]$/.test(word));
    expect(words.length).toBeGreaterThan(15);
    const [written, closed] = [
      await pagefindWith(asPagefindWroteIt(), "all-written"),
      await pagefindWith(meta, "all-closed"),
    ];
    // Courses that score alike may come in another order: Pagefind orders them by what it has loaded.
    const found = async (pagefind: PagefindScript, term: string) =>
      (await pagefind.search(term)).results.map(({ id, score }) => `${id} ${score}`).sort();
    const both = async (term: string) =>
      [await found(written.pagefind, term), await found(closed.pagefind, term)] as const;
    /** Both started afresh: Pagefind keeps the chunks it has loaded, and one loaded before may stand in again. */
    const afresh = async () => {
      for (const { pagefind } of [written, closed]) await pagefind.restart();
    };

    for (const term of words.flatMap((word) => [word, word.slice(0, 3), `"${word} a"`])) {
      const [before, after] = await both(term);
      expect(after, term).toEqual(before);
    }
    // A longer word no course has reaches Pagefind's last resort, which only a chunk loaded for it can serve.
    for (const word of words) {
      await afresh();
      const [before, after] = await both(`${word}zz`);
      expect(after, `${word}zz`).toEqual(before);
    }
    // Pagefind drops a word that finds nothing from a search of several: "abseiling course" found the
    // courses with "a" and "course", and now those with "course".
    await afresh();
    const [before, after] = await both("abseiling course");
    const ids = (results: readonly string[]) => results.map((result) => result.split(" ")[0]).join();
    await afresh();
    expect(ids(before)).toBe(ids((await both("a course"))[0]));
    await afresh();
    expect(ids(after)).toBe(ids((await both("course"))[1]));
  }, 60_000);
});
