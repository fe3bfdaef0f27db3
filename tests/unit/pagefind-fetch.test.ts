import { afterEach, describe, expect, it, vi } from "vitest";
import { withPageLists } from "../../src/search/client/pagefind-fetch.ts";

afterEach(() => vi.unstubAllGlobals());

describe("handing Pagefind its page lists from the packed copies", () => {
  it("answers the page lists' URLs, whatever their query, and passes every other request on", async () => {
    const passed: string[] = [];
    const pageFetch = vi.fn(async (input: RequestInfo | URL) => {
      passed.push(String(input));
      return new Response("from the site");
    });
    vi.stubGlobal("fetch", pageFetch);
    const lists = new Map([["https://example.org/pagefind/pagefind.en_a.pf_meta", async () => Uint8Array.of(1, 2, 3)]]);
    const bodies = await withPageLists(lists, async () => [
      new Uint8Array(await (await fetch("https://example.org/pagefind/pagefind.en_a.pf_meta?ts=5")).arrayBuffer()),
      await (await fetch("https://example.org/pagefind/pagefind.en_b.pf_meta")).text(),
      await (await fetch(new Request("https://example.org/pagefind/pagefind.en_a.pf_meta"))).arrayBuffer(),
    ]);
    expect(bodies[0]).toEqual(Uint8Array.of(1, 2, 3));
    expect(bodies[1]).toBe("from the site");
    expect(new Uint8Array(bodies[2] as ArrayBuffer)).toEqual(Uint8Array.of(1, 2, 3));
    expect(passed).toEqual(["https://example.org/pagefind/pagefind.en_b.pf_meta"]);
    // Afterwards the page's own fetch is back, for every URL.
    expect(globalThis.fetch).toBe(pageFetch);
  });

  it("puts the page's fetch back when Pagefind fails to start", async () => {
    const pageFetch = vi.fn(async () => new Response(""));
    vi.stubGlobal("fetch", pageFetch);
    await expect(
      withPageLists(new Map(), async () => {
        throw new Error("503 fetching pagefind-entry.json");
      }),
    ).rejects.toThrow("503");
    expect(globalThis.fetch).toBe(pageFetch);
  });
});
