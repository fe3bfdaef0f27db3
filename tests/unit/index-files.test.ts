import { afterEach, describe, expect, it, vi } from "vitest";
import { IndexFiles, type Result } from "../../src/search/client/index-files.ts";
import { CURRENT_INDEX_FILE, indexName } from "../../src/search/index-shards.ts";
import { fragments, packedPageList, pageListContent } from "../helpers/pagefind.ts";

/** Two shards of two pages, each page named by its number as the build names them (page-names.ts). */
const name = indexName({ pages: 4, pagesPerShard: 2, shards: ["en_first", "en_second"] });
const secondShard = [
  ["2", "en_g2"],
  ["3", "en_g2"],
] as const;
const files: Record<string, Buffer> = {
  "pagefind.en_first.pf_pages": packedPageList(
    [
      ["0", "en_g1"],
      ["1", "en_g1"],
    ],
    0,
  ),
  "fragment/en_g1.pf_fragment": fragments({ 0: "/courses/a/", 1: "/courses/b/" }),
  "shards/1/pagefind.en_second.pf_pages": packedPageList(secondShard, 2),
  "shards/1/fragment/en_g2.pf_fragment": fragments({ 2: "/courses/c/", 3: "/courses/d/" }),
  [CURRENT_INDEX_FILE]: Buffer.from(JSON.stringify({ index: name })),
};

const BUNDLE = "https://example.org/pagefind/";
function serve(): string[] {
  const fetched: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    const file = url.slice(BUNDLE.length);
    fetched.push(file);
    const body = files[file];
    return body ? new Response(new Uint8Array(body)) : new Response("", { status: 404 });
  });
  return fetched;
}
afterEach(() => vi.unstubAllGlobals());

const found = (id: string, url: string): Result => ({ id, data: async () => ({ url, excerpt: "", meta: {} }) });

describe("the search index's files, as the search page reads them", () => {
  it("reads only the first shard's page list to start, and another shard's only when one of its pages is shown", async () => {
    const fetched = serve();
    const pages = await new IndexFiles(BUNDLE, "/places.json").pages();
    expect(pages).toMatchObject({ name, count: 4, shardFolders: ["", "shards/1/"] });
    expect(fetched).toEqual([CURRENT_INDEX_FILE]);
    expect((await pages.result(1).data()).url).toBe("/courses/b/");
    expect(fetched).toEqual([CURRENT_INDEX_FILE, "pagefind.en_first.pf_pages", "fragment/en_g1.pf_fragment"]);
    expect((await pages.result(2).data()).url).toBe("/courses/c/");
    expect(fetched).toContain("shards/1/pagefind.en_second.pf_pages");
    expect(() => pages.result(4)).toThrow("The search index has no page 4");
  });

  it("gives Pagefind each shard's page list, unpacked from the packed copy, fetched once", async () => {
    const fetched = serve();
    const pages = await new IndexFiles(BUNDLE, "/places.json").pages();
    expect(pages.pagefindMetaFiles).toEqual(["pagefind.en_first.pf_meta", "shards/1/pagefind.en_second.pf_meta"]);
    expect(Buffer.from(await pages.pagefindMeta(1))).toEqual(pageListContent(secondShard));
    expect((await pages.result(3).data()).url).toBe("/courses/d/");
    expect(fetched.filter((file) => file.includes("pagefind.en_second"))).toEqual([
      "shards/1/pagefind.en_second.pf_pages",
    ]);
  });

  it("numbers Pagefind's results by their names, downloading nothing, and refuses a name that is not a page's number", async () => {
    const fetched = serve();
    const pages = await new IndexFiles(BUNDLE, "/places.json").pages();
    expect(
      pages.numbersOf([
        found("2", "/courses/c/"),
        found("3", "/courses/d/"),
        found("0", "/courses/a/"),
        found("1_0a1b2c3", "/courses/b/"),
      ]),
    ).toEqual([2, 3, 0, 1]);
    expect(fetched).toEqual([CURRENT_INDEX_FILE]);
    expect(() => pages.numbersOf([found("en_1e132f0", "/courses/new/")])).toThrow(
      "The search index and its page lists disagree about result en_1e132f0",
    );
    expect(() => pages.numbersOf([found("4", "/courses/e/")])).toThrow("disagree");
    expect(() => pages.numbersOf([found("01", "/courses/b/")])).toThrow("disagree");
  });
});
