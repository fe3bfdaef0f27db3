import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { startEngine } from "../../src/search/client/engine.ts";
import { CURRENT_INDEX_FILE, indexName } from "../../src/search/index-shards.ts";

/**
 * A stand-in for Pagefind's script whose first shard fails to load the first time. Pagefind's own
 * failed start-up also rejects a promise nobody awaits, which a test run reports as an error, so
 * the real script is tried with a later shard failing instead (sharded-search.test.ts).
 */
const FAKE_PAGEFIND = `
export const calls = [];
let failures = 1;
export async function options() {}
export async function init() { calls.push("init"); }
export async function filters() {
  calls.push("filters");
  if (failures-- > 0) throw new Error("the first shard could not load");
  return {};
}
export async function mergeIndex(indexPath) { calls.push("merge " + indexPath.slice(indexPath.indexOf("shards/"))); }
export async function search() { calls.push("search"); return { results: [] }; }
export async function destroy() { calls.push("destroy"); }
`;

let folder = "";
afterAll(() => rm(folder, { recursive: true, force: true }));
afterEach(() => vi.unstubAllGlobals());

describe("starting the search engine", () => {
  it("waits for the first shard before merging the others, and starts afresh if it failed", async () => {
    folder = await mkdtemp(path.join(tmpdir(), "engine-start-"));
    await writeFile(path.join(folder, "pagefind.js"), FAKE_PAGEFIND);
    const name = indexName({ pages: 15_000, pagesPerShard: 10_000, shards: ["en_a", "en_b"] });
    vi.stubGlobal("fetch", async (url: string) =>
      url.endsWith(CURRENT_INDEX_FILE)
        ? new Response(JSON.stringify({ index: name }))
        : new Response("", { status: 404 }),
    );
    const bundle = `${pathToFileURL(folder).href}/`;
    const { calls } = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { calls: string[] };

    // Merging would wait for the first shard for ever: it is never tried while the first has failed.
    await expect(startEngine(bundle, "/places.json", [], { firstSearchHasWords: false }).warm()).rejects.toThrow(
      "the first shard could not load",
    );
    expect(calls).toEqual(["init", "filters", "destroy"]);

    calls.length = 0;
    await startEngine(bundle, "/places.json", [], { firstSearchHasWords: false }).warm();
    expect(calls).toEqual(["init", "filters", "merge shards/1/", "search"]);
  });
});
