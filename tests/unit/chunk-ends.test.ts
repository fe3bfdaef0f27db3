import { describe, expect, it } from "vitest";
import { chunkEnd, closeChunkEnds, CLOSED, lastWordOf } from "../../src/search/chunk-ends.ts";
import { readIndexChunks, readPagefindMetaLayout } from "../../src/search/pagefind-meta.ts";
import { cbor, pageListContent, pagefindContent } from "../helpers/pagefind.ts";

/** A word index chunk as Pagefind writes it (uncompressed): each word, its pages with their word places, and its meta places. */
const chunkFile = (words: readonly string[]) =>
  pagefindContent(new Uint8Array(cbor([words.map((word, n) => [word, [[n, [-3, 1, 4]]], []])])));

describe("the word index's chunk ranges, as the build closes them", () => {
  it("reads a chunk's last word", () => {
    expect(lastWordOf(chunkFile(["90", "9999", "a"]))).toBe("a");
    expect(lastWordOf(chunkFile(["über"]))).toBe("über");
  });

  it("refuses a chunk it cannot read, saying which file it was", () => {
    expect(() => lastWordOf(chunkFile([]))).toThrowErrorMatchingInlineSnapshot(
      `[Error: Could not read a Pagefind word index chunk: it has no words]`,
    );
    expect(() => lastWordOf(new TextEncoder().encode("not pagefind"))).toThrowErrorMatchingInlineSnapshot(
      `[Error: Could not read a Pagefind word index chunk: Not a Pagefind word index chunk: its signature is missing]`,
    );
    expect(() => lastWordOf(chunkFile(["a"]).subarray(0, 16))).toThrowErrorMatchingInlineSnapshot(
      `[Error: Could not read a Pagefind word index chunk: the file ends early]`,
    );
  });

  it("closes a range that ends in a whole word of one or two letters, and no other", () => {
    const chunk = (to: string) => ({ from: "0", to, hash: "en_1" });
    expect(chunkEnd(chunk("a"), "a")).toBe(`a${CLOSED}`);
    expect(chunkEnd(chunk("in"), "in")).toBe(`in${CLOSED}`);
    expect(chunkEnd(chunk("éa"), "éa")).toBe(`éa${CLOSED}`);
    // Three letters stand for the words they begin, as everywhere in search (SHORTEST_WORD).
    expect(chunkEnd(chunk("and"), "and")).toBe("and");
    // A longer whole word: a longer word no course has may stand in for it ("teamwork" finds "team").
    expect(chunkEnd(chunk("team"), "team")).toBe("team");
    // Cut short: longer words that begin with "a" may be in the chunk.
    expect(chunkEnd(chunk("a"), "about")).toBe("a");
    // A closed range sorts after its word and before every longer word that begins with it.
    expect(["a", "ab", `a${CLOSED}`, "a\u0001"].sort()).toEqual(["a", `a${CLOSED}`, "a\u0001", "ab"]);
  });

  it("refuses a chunk whose last word is after its range, as no search could find it", () => {
    expect(() => chunkEnd({ from: "0", to: "asse", hash: "en_1" }, "at")).toThrowErrorMatchingInlineSnapshot(
      `[Error: The word index chunk en_1 holds "at", after its range's end "asse"]`,
    );
  });

  it("changes only the ranges' ends in a page list, keeping every other byte", () => {
    const pages: [string, string][] = [
      ["0", "en_group_1"],
      ["1", "en_group_1"],
    ];
    const meta = pageListContent(pages, [
      ["0", "a", "en_a"],
      ["ab", "asse", "en_b"],
      ["assi", "team", "en_c"],
    ]);
    const closed = closeChunkEnds(
      meta,
      new Map([
        ["en_a", "a"],
        ["en_b", "assess"],
        ["en_c", "team"],
      ]),
    );
    expect(readIndexChunks(closed)).toEqual([
      { from: "0", to: `a${CLOSED}`, hash: "en_a" },
      { from: "ab", to: "asse", hash: "en_b" },
      { from: "assi", to: "team", hash: "en_c" },
    ]);
    expect(Buffer.from(closed)).toEqual(
      Buffer.from(
        pageListContent(pages, [
          ["0", `a${CLOSED}`, "en_a"],
          ["ab", "asse", "en_b"],
          ["assi", "team", "en_c"],
        ]),
      ),
    );
    expect(readPagefindMetaLayout(closed).pages).toEqual(readPagefindMetaLayout(meta).pages);
    expect(() => closeChunkEnds(meta, new Map())).toThrowErrorMatchingInlineSnapshot(
      `[Error: No last word was read for the word index chunk en_a]`,
    );
  });
});
