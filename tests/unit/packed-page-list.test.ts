import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { packPageList, unpackPageList } from "../../src/search/pack-page-list.ts";
import { cbor, pageList, pagefindContent } from "../helpers/pagefind.ts";

/** A Pagefind page list of the given entries, with index chunks after them. */
const metaOf = (entries: readonly unknown[]) =>
  pagefindContent(new Uint8Array(cbor(["1.6.0", entries, [["aa", "zz", "en_1234567"]], [], []])));

describe("a shard's page list, packed for the search page", () => {
  it("unpacks to Pagefind's page list byte for byte: grouped pages, word counts of every size", () => {
    const wordCounts = [0, 23, 24, 255, 256, 65_535, 65_536, 4_000_000];
    const meta = metaOf(
      wordCounts.map((count, place) => [String(500 + place), count, place < 5 ? "en_group_aa" : "en_group_bb"]),
    );
    const packed = packPageList(meta, 500);
    expect(Buffer.from(unpackPageList(packed)).equals(meta)).toBe(true);
  });

  it("unpacks pages whose fragments have files of their own, with or without an empty group item", () => {
    for (const entries of [
      [
        ["7_0a1b2c3", 12, ""],
        ["8_ffffff0", 30, ""],
        ["9", 4, ""],
      ],
      [
        ["7_0a1b2c3", 12],
        ["8", 30],
      ],
      [],
    ]) {
      const meta = metaOf(entries);
      expect(Buffer.from(unpackPageList(packPageList(meta, 7))).equals(meta)).toBe(true);
    }
  });

  it("packs every word count as 1 when asked to leave them out, changing nothing else", () => {
    const meta = metaOf([
      ["0", 180, "en_group_aa"],
      ["1", 95, "en_group_aa"],
    ]);
    const unpacked = unpackPageList(packPageList(meta, 0, { wordCounts: false }));
    expect(
      Buffer.from(unpacked).equals(
        metaOf([
          ["0", 1, "en_group_aa"],
          ["1", 1, "en_group_aa"],
        ]),
      ),
    ).toBe(true);
  });

  it("is smaller than Pagefind's own once compressed, as pages named by number need no names", () => {
    const pages = Array.from(
      { length: 3_000 },
      (_, place) => [String(place), `en_group_${Math.floor(place / 12)}`] as const,
    );
    const pagefinds = pageList(pages);
    const meta = gunzipSync(pagefinds);
    expect(packPageList(meta, 0).length).toBeLessThan(meta.length / 4);
  });

  it("refuses a page list whose pages are not named by their numbers", () => {
    expect(() => packPageList(metaOf([["en_4b24caf", 10, "en_group_1"]]), 0)).toThrow(
      'Page 0 of the search index is named "en_4b24caf", not by its number',
    );
    expect(() => packPageList(metaOf([["12", 10, "g"]]), 1)).toThrow('Page 1 of the search index is named "12"');
    expect(() =>
      packPageList(
        metaOf([
          ["0", 10, "g"],
          ["1", 10],
        ]),
        0,
      ),
    ).toThrow("some not");
  });

  it("says plainly when a packed page list is damaged or of another version", () => {
    const packed = packPageList(
      metaOf([
        ["0", 10, "g"],
        ["1", 11, "g"],
      ]),
      0,
    );
    const problem = "Could not read a packed page list of the search index: ";
    expect(() => unpackPageList(packed.subarray(0, packed.length - 2))).toThrow(`${problem}it ends early`);
    expect(() => unpackPageList(Uint8Array.from([...packed, 0]))).toThrow(`${problem}it goes on after its last part`);
    expect(() => unpackPageList(new TextEncoder().encode("{}"))).toThrow(`${problem}it is not a packed page list`);
    const later = Uint8Array.from(packed);
    later[4] = 9;
    expect(() => unpackPageList(later)).toThrow(`${problem}it is version 9 of the format, and this page reads 1`);
  });
});
