import { describe, expect, it } from "vitest";
import { pageName, pageNumberOf } from "../../src/search/pagefind-files.ts";
import { readPagefindMeta, renameMetaPages } from "../../src/search/pagefind-meta.ts";
import { cbor, pageListContent, pagefindContent } from "../helpers/pagefind.ts";

describe("Pagefind's page list, as the build renames its pages", () => {
  it("changes only the pages' names and groups, keeping every other byte", () => {
    const before = pageListContent([
      ["en_4b24caf", "en_group_65c0243"],
      ["en_becd5af", "en_group_65c0243"],
      ["en_f79bdda", "en_group_0d7eb19"],
    ]);
    const after = renameMetaPages(before, (page, place) => ({ hash: pageName(40 + place), group: `${page.group}_x` }));
    expect(readPagefindMeta(after).pages).toEqual([
      { hash: "40", group: "en_group_65c0243_x" },
      { hash: "41", group: "en_group_65c0243_x" },
      { hash: "42", group: "en_group_0d7eb19_x" },
    ]);
    // Renamed back, the file is the one Pagefind wrote, byte for byte.
    const back = renameMetaPages(after, (page, place) => ({
      hash: ["en_4b24caf", "en_becd5af", "en_f79bdda"][place]!,
      group: page.group!.replace(/_x$/, ""),
    }));
    expect(Buffer.from(back).equals(before)).toBe(true);
  });

  it("keeps what follows the pages (the index chunks) and names longer than 23 bytes", () => {
    const chunks = [["a", "b", "en_3"]];
    const before = pagefindContent(new Uint8Array(cbor(["1.6.0", [["en_1", 7]], chunks, [], []])));
    const long = "9".repeat(30);
    const after = renameMetaPages(before, () => ({ hash: long }));
    expect(readPagefindMeta(after).pages).toEqual([{ hash: long }]);
    const tail = Buffer.from([...cbor(chunks), ...cbor([]), ...cbor([])]);
    expect(Buffer.from(after).subarray(after.length - tail.length)).toEqual(tail);
  });

  it("refuses to move a page into or out of a group of fragments", () => {
    const grouped = pageListContent([["en_a", "en_group_1"]]);
    expect(() => renameMetaPages(grouped, () => ({ hash: "0" }))).toThrow("must stay in one");
    const own = pagefindContent(new Uint8Array(cbor(["1.6.0", [["en_a", 7]], [], [], []])));
    expect(() => renameMetaPages(own, () => ({ hash: "0", group: "g" }))).toThrow("cannot be given a group");
  });

  it("reads a page's number back from its name, and nothing from any other name", () => {
    expect(pageNumberOf(pageName(0))).toBe(0);
    expect(pageNumberOf(pageName(49_999))).toBe(49_999);
    expect(pageNumberOf(pageName(7, "0a1b2c3"))).toBe(7);
    for (const name of [undefined, "", "en_1e132f0", "007", "1.5", "-1", "1_", "1_xyz"])
      expect(pageNumberOf(name), String(name)).toBeUndefined();
  });
});
