import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import {
  filterSetsFile,
  decodeSet,
  readRunPlaceCode,
  RUN_INDEX_FILE,
  RUN_PLACES_FILE,
  encodeSet,
  type FilterSetsFile,
  type RunIndexFile,
  type RunPlacesFile,
} from "../../src/search/filter-sets.ts";
import {
  CURRENT_INDEX_FILE,
  firstPageOf,
  PAGES_PER_SHARD,
  readIndexName,
  shardFolder,
  shardMetaFile,
  shardPackedPageListFile,
} from "../../src/search/index-shards.ts";
import { unpackPageList, withoutWordCounts } from "../../src/search/pack-page-list.ts";
import { fragmentFile, pageNumberOf, readFragments } from "../../src/search/pagefind-files.ts";
import { readPagefindMeta, readPagefindMetaLayout, writePagefindMeta } from "../../src/search/pagefind-meta.ts";
import { RANK_BY_PAGE_LENGTH } from "../../src/search/ranking.ts";
import type { SearchRecord } from "../../src/search/record.ts";
import { sortOrderFile, type SortOrderFile } from "../../src/search/sort-orders.ts";
import { writeSearchIndex } from "../../src/search/write-index.ts";

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** Records whose "course" filter names each one alone, so any other filter's pages can be checked against it. */
const records: SearchRecord[] = Array.from({ length: 30 }, (_, n) => ({
  url: `/courses/course-${n}/`,
  content: `Course ${n} about ${n % 2 ? "dementia" : "carers"}`,
  language: "en",
  meta: { title: `Course ${n}` },
  filters: {
    course: [`c${n}`],
    theme: n % 3 === 0 ? ["communication", "team-working"] : n % 3 === 1 ? ["communication"] : [],
  },
  // Every other course has two runs: a free one online and a paid one; the others one paid run.
  runs:
    n % 2 === 0
      ? [
          { cost: ["free"], where: ["online"] },
          { cost: ["paid"], where: ["north-west"] },
        ]
      : [{ cost: ["paid"], where: ["north-west"] }],
  runPlaces:
    n % 2 === 0
      ? [{ online: true }, { at: [53.58, -2.43] as const, online: false }]
      : [{ at: [53.39, -2.59] as const, online: false }],
  // Added soonest start first, as the build adds them; titles in another order.
  sort: {
    start: `2027-01-${String(n + 1).padStart(2, "0")}`,
    title: `course ${String((n * 7) % 30).padStart(2, "0")}`,
  },
}));

async function readJson<T>(indexDir: string, file: string): Promise<T> {
  return JSON.parse(gunzipSync(await readFile(path.join(indexDir, file))).toString("utf8"));
}
const readSets = (indexDir: string, key: string) => readJson<FilterSetsFile>(indexDir, filterSetsFile(key));

describe("the filter and sort files written beside the search index", () => {
  const layouts = [
    { name: "", options: {} },
    { name: ", with fragments grouped", options: { maxFragments: 10 } },
    { name: ", in three shards", options: { maxFragments: 10, pagesPerShard: 12 } },
  ];
  for (const { name, options } of layouts) {
    it(`number every course as the index does${name}`, async () => {
      const indexDir = await mkdtemp(path.join(tmpdir(), "filter-sets-"));
      folders.push(indexDir);
      const { index: written } = await writeSearchIndex(records, indexDir, {
        filterKeys: ["course", "theme", "unused", "cost", "where"],
        ...options,
      });
      const course = await readSets(indexDir, "course");
      expect(course.index).toBe(written);
      const shards = readIndexName(written);
      expect(shards).toEqual({
        pages: records.length,
        pagesPerShard: options.pagesPerShard ?? PAGES_PER_SHARD,
        shards: expect.any(Array),
      });
      expect(shards.shards).toHaveLength(options.pagesPerShard ? 3 : 1);
      const current = JSON.parse(await readFile(path.join(indexDir, CURRENT_INDEX_FILE), "utf8"));
      expect(current).toEqual({ index: written });
      // Each shard holds the next pages, in its own folder, with its own page list and fragments.
      let fragmentFiles = 0;
      for (const [shard, hash] of shards.shards.entries()) {
        const metaBytes = gunzipSync(await readFile(path.join(indexDir, shardMetaFile(shard, hash))));
        const meta = readPagefindMeta(metaBytes);
        // The search page's packed copy gives Pagefind the same bytes, but the word counts it does not rank by.
        const packed = gunzipSync(await readFile(path.join(indexDir, shardPackedPageListFile(shard, hash))));
        const layout = readPagefindMetaLayout(metaBytes);
        const expected = writePagefindMeta(RANK_BY_PAGE_LENGTH ? layout : withoutWordCounts(layout));
        expect(Buffer.from(unpackPageList(packed)).equals(expected)).toBe(true);
        expect(meta.pages).toHaveLength(Math.min(shards.pagesPerShard, records.length - firstPageOf(shards, shard)));
        expect(meta.pages.every((page) => Boolean(page.group))).toBe(Boolean(options.maxFragments));
        // Each page is named by its number, and its fragment file holds it under that name; a page's own
        // fragment file is named after it, so its name carries a hash of the file too.
        for (const [place, page] of meta.pages.entries()) {
          expect(pageNumberOf(page.hash)).toBe(firstPageOf(shards, shard) + place);
          expect(page.hash).toMatch(options.maxFragments ? /^\d+$/ : /^\d+_[0-9a-f]{7}$/);
          const file = path.join(indexDir, shardFolder(shard), fragmentFile(page));
          const fragment = readFragments(gunzipSync(await readFile(file)), page)[page.hash];
          expect(fragment?.url).toBe(records[firstPageOf(shards, shard) + place]!.url);
        }
        fragmentFiles += (await readdir(path.join(indexDir, shardFolder(shard), "fragment"))).length;
        // A later shard keeps only what a merged index reads: the first shard's script and WebAssembly serve all.
        if (shard > 0)
          expect((await readdir(path.join(indexDir, shardFolder(shard)))).sort()).toEqual(
            [
              "fragment",
              "index",
              "pagefind-entry.json",
              `pagefind.${hash}.pf_meta`,
              `pagefind.${hash}.pf_pages`,
            ].sort(),
          );
      }
      if (options.maxFragments) expect(fragmentFiles).toBeLessThanOrEqual(options.maxFragments);

      const pageOf = new Map(Object.entries(course.values).map(([value, set]) => [value, decodeSet(set)]));
      // Every course has a page of its own.
      expect(new Set([...pageOf.values()].map((pages) => pages.join())).size).toBe(records.length);
      expect([...pageOf.values()].every((pages) => pages.length === 1 && pages[0]! < records.length)).toBe(true);
      // The page numbers are the order the courses were added: soonest start first, so that sort needs no file.
      const pageOfRecord = (record: SearchRecord) => pageOf.get(record.filters.course![0]!)![0]!;
      expect(records.map(pageOfRecord)).toEqual(records.map((_, n) => n));
      await expect(readFile(path.join(indexDir, sortOrderFile("start")))).rejects.toThrow("ENOENT");
      // The title sort's file lists every page in title order.
      const title = await readJson<SortOrderFile>(indexDir, sortOrderFile("title"));
      expect(title.index).toBe(course.index);
      const byTitle = [...records].sort((a, b) => a.sort.title!.localeCompare(b.sort.title!));
      expect(title.pages).toEqual(byTitle.map(pageOfRecord));

      const theme = await readSets(indexDir, "theme");
      for (const value of ["communication", "team-working"]) {
        const expected = records
          .filter((record) => record.filters.theme!.includes(value))
          .map(pageOfRecord)
          .sort((a, b) => a - b);
        expect([...decodeSet(theme.values[value]!)], value).toEqual(expected);
      }
      expect(theme.unit).toBe("page");

      // Runs are numbered in page order; a run filter's file names runs.
      const { runsPerPage } = await readJson<RunIndexFile>(indexDir, RUN_INDEX_FILE);
      expect(runsPerPage).toEqual(records.map((record) => record.runs.length));
      const runNumbers = records.flatMap((record) => record.runs.map((run) => run));
      const cost = await readSets(indexDir, "cost");
      expect(cost.unit).toBe("run");
      expect([...decodeSet(cost.values.free!)]).toEqual(
        [...runNumbers.keys()].filter((run) => runNumbers[run]!.cost!.includes("free")),
      );
      // Where each run meets, by run number.
      const runPlaces = await readJson<RunPlacesFile>(indexDir, RUN_PLACES_FILE);
      const placed = runPlaces.runs.map(readRunPlaceCode);
      expect(
        placed.map(({ place, online }) => ({
          online,
          ...(place === undefined ? {} : { at: runPlaces.places[place] }),
        })),
      ).toEqual(records.flatMap((record) => record.runPlaces));
      // A filter no course has a value for still has its file, so the page can load it.
      expect((await readSets(indexDir, "unused")).values).toEqual({});
    });
  }

  it("refuse an index name that does not add up", () => {
    expect(() => readIndexName("en_abc")).toThrow('"en_abc" is not the name of a search index');
    expect(() => readIndexName("25000:10000:en_a+en_b")).toThrow("has 2 shards, but its 25000 pages need 3");
    expect(readIndexName("0:10000:en_a")).toEqual({ pages: 0, pagesPerShard: 10000, shards: ["en_a"] });
  });

  it("refuse to write an index with no courses, saying what to do", async () => {
    const indexDir = await mkdtemp(path.join(tmpdir(), "filter-sets-"));
    folders.push(indexDir);
    await expect(writeSearchIndex([], indexDir, { filterKeys: ["course"] })).rejects.toThrow(
      "There are no active courses to put in the search index",
    );
  });

  it("never give a file a name another build gave a file with other content (hosts keep them for a year)", async () => {
    const filesOf = async (indexDir: string) => {
      const files = new Map<string, string>();
      const walk = async (folder: string): Promise<void> => {
        for (const entry of await readdir(folder, { withFileTypes: true })) {
          const file = path.join(folder, entry.name);
          if (entry.isDirectory()) await walk(file);
          else if (/\/(fragment|index)\//.test(file))
            files.set(path.relative(indexDir, file), gunzipSync(await readFile(file)).toString("base64"));
        }
      };
      await walk(indexDir);
      return files;
    };
    const options = { filterKeys: ["course", "theme", "cost", "where"], pagesPerShard: 12 };
    const edited = records.map((record, n) => (n === 20 ? { ...record, content: `${record.content} edited` } : record));
    const earlier = { ...records[0]!, url: "/courses/earlier/", filters: { course: ["earlier"], theme: [] } };
    const withdrawn = edited.filter((_, n) => n !== 3);
    const builds = [records, edited, [earlier, ...edited], withdrawn];
    for (const grouped of [{}, { maxFragments: 10 }]) {
      const written: Map<string, string>[] = [];
      for (const build of builds) {
        const indexDir = await mkdtemp(path.join(tmpdir(), "filter-sets-"));
        folders.push(indexDir);
        await writeSearchIndex(build, indexDir, { ...options, ...grouped });
        written.push(await filesOf(indexDir));
      }
      for (const [a, b] of [
        [0, 1],
        [1, 2],
        [0, 2],
        [1, 3],
        [2, 3],
      ] as const)
        for (const [file, content] of written[a]!)
          if (written[b]!.has(file)) expect(written[b]!.get(file), `${file}, builds ${a} and ${b}`).toBe(content);
      // The edit and the insertion did change files: the comparison saw some.
      expect([...written[0]!.keys()].filter((file) => !written[1]!.has(file)).length).toBeGreaterThan(0);
    }
  });

  it("refuse courses added out of start order, as the page would list them in the wrong order", async () => {
    const indexDir = await mkdtemp(path.join(tmpdir(), "filter-sets-"));
    folders.push(indexDir);
    const shuffled = [records[1]!, records[0]!, ...records.slice(2)];
    await expect(
      writeSearchIndex(shuffled, indexDir, { filterKeys: ["course", "theme", "cost", "where"] }),
    ).rejects.toThrow(`The search index's pages are not in "start" order`);
  });

  it("write a few page numbers as gaps, one character each below 32, and read them back", () => {
    expect(encodeSet([0, 3, 4, 10])).toBe("0316");
    expect(encodeSet([])).toBe("");
    // 40 = 1 × 32 + 8: a leading digit, then the last.
    expect(encodeSet([40, 41])).toBe("B81");
    expect([...decodeSet("0316")]).toEqual([0, 3, 4, 10]);
    expect([...decodeSet("B81")]).toEqual([40, 41]);
    expect([...decodeSet("")]).toEqual([]);
  });

  it("write a set holding most numbers as a bitmap, and read it back", () => {
    const most = Array.from({ length: 100 }, (_, number) => number).filter((number) => number % 7 !== 0);
    const encoded = encodeSet(most);
    expect(encoded.startsWith("~")).toBe(true);
    expect(encoded.length).toBeLessThan(most.length);
    expect([...decodeSet(encoded)]).toEqual(most);
  });

  it("read back any set as written, whichever way it was written", () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 200; trial++) {
      const share = random();
      const span = Math.floor(random() * 5000) + 1;
      const set = Array.from({ length: span }, (_, number) => number).filter(() => random() < share);
      expect([...decodeSet(encodeSet(set))], `share ${share}, span ${span}`).toEqual(set);
    }
  });

  it("refuse a set that is not written as encodeSet writes them", () => {
    expect(() => decodeSet("03?")).toThrow('"?" at 2 is not part of a set of numbers');
    expect(() => decodeSet("03B")).toThrow("ends in the middle of a number");
    expect(() => encodeSet([3, 1])).toThrow("Not ascending whole numbers: 1 after 3");
  });

  it("refuse a file that is not Pagefind's metadata, or is cut short", () => {
    expect(() => readPagefindMeta(new TextEncoder().encode("{}"))).toThrow("signature is missing");
    const cut = new Uint8Array([...new TextEncoder().encode("pagefind_dcd"), 0x86, 0x65, 0x31]);
    expect(() => readPagefindMeta(cut)).toThrow("Could not read the Pagefind metadata file: the file ends early");
  });
});
