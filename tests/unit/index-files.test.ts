import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IndexFiles, type Result } from "../../src/search/client/index-files.ts";
import { CURRENT_INDEX_FILE, indexName } from "../../src/search/index-shards.ts";

/** CBOR as Pagefind writes its page lists: arrays, text and small whole numbers. */
function cbor(value: unknown): number[] {
  const head = (major: number, length: number) => (length < 24 ? [(major << 5) | length] : [(major << 5) | 24, length]);
  if (typeof value === "number") return head(0, value);
  if (typeof value === "string") {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  const items = value as unknown[];
  return [...head(4, items.length), ...items.flatMap(cbor)];
}
const pagefindFile = (content: Uint8Array) =>
  gzipSync(Buffer.concat([Buffer.from("pagefind_dcd"), Buffer.from(content)]));
const pageList = (pages: readonly [string, string][]) =>
  pagefindFile(new Uint8Array(cbor(["1.6.0", pages.map(([hash, group]) => [hash, 10, group]), [], [], []])));
const fragments = (byHash: Record<string, string>) =>
  pagefindFile(
    new TextEncoder().encode(
      JSON.stringify(Object.fromEntries(Object.entries(byHash).map(([hash, url]) => [hash, { url, meta: {} }]))),
    ),
  );

/**
 * Two shards of two pages. Pagefind names pages uniquely within a shard only: "en_same" is page 0 in
 * the first shard and page 3 in the second.
 */
const name = indexName({ pages: 4, pagesPerShard: 2, shards: ["en_first", "en_second"] });
const files: Record<string, Buffer> = {
  "pagefind.en_first.pf_meta": pageList([
    ["en_same", "en_g1"],
    ["en_b", "en_g1"],
  ]),
  "fragment/en_g1.pf_fragment": fragments({ en_same: "/courses/a/", en_b: "/courses/b/" }),
  "shards/1/pagefind.en_second.pf_meta": pageList([
    ["en_c", "en_g2"],
    ["en_same", "en_g2"],
  ]),
  "shards/1/fragment/en_g2.pf_fragment": fragments({ en_c: "/courses/c/", en_same: "/courses/d/" }),
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
    expect(fetched).toEqual([CURRENT_INDEX_FILE, "pagefind.en_first.pf_meta", "fragment/en_g1.pf_fragment"]);
    expect((await pages.result(2).data()).url).toBe("/courses/c/");
    expect(fetched).toContain("shards/1/pagefind.en_second.pf_meta");
    expect(() => pages.result(4)).toThrow("The search index has no page 4");
  });

  it("numbers Pagefind's results across shards, telling apart pages of two shards with one name by their URL", async () => {
    serve();
    const pages = await new IndexFiles(BUNDLE, "/places.json").pages();
    expect(
      await pages.numbersOf([
        found("en_c", "/courses/c/"),
        found("en_same", "/courses/d/"),
        found("en_same", "/courses/a/"),
        found("en_b", "/courses/b/"),
      ]),
    ).toEqual([2, 3, 0, 1]);
    await expect(pages.numbersOf([found("en_new", "/courses/new/")])).rejects.toThrow(
      "The search index and its page lists disagree about result en_new",
    );
    await expect(pages.numbersOf([found("en_same", "/courses/elsewhere/")])).rejects.toThrow("disagree");
  });
});
