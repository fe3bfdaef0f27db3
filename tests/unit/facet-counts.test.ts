import { describe, expect, it } from "vitest";
import { tally } from "../../src/search/client/facet-counts.ts";
import { random } from "../../bench/generate.ts";

/**
 * Checks the filter arithmetic against its definition, worked out the slow
 * way, on many random catalogues: a result is kept when it has a ticked
 * value in every filter in use; a value's count is what ticking it too would
 * give; a filter in use is counted as if it were not, with the others.
 */
describe("filtering and counting results", () => {
  it("agrees with the definition on random catalogues and selections", () => {
    const rand = random(7);
    const keys = ["theme", "where", "credit"];
    const valuesOf = { theme: ["a", "b", "c", "d"], where: ["n", "s", "o"], credit: ["yes", "no"] } as Record<
      string,
      string[]
    >;
    for (let round = 0; round < 200; round++) {
      const pageCount = 1 + Math.floor(rand() * 40);
      const pages = Array.from({ length: pageCount }, () =>
        Object.fromEntries(keys.map((key) => [key, valuesOf[key]!.filter(() => rand() < 0.4)])),
      );
      const resultPages = [...pages.keys()].filter(() => rand() < 0.7).sort(() => rand() - 0.5);
      const selected = new Map<string, Set<string>>();
      for (const key of keys) {
        const ticked = valuesOf[key]!.filter(() => rand() < 0.3);
        if (ticked.length > 0) selected.set(key, new Set(ticked));
      }
      const loadedKeys = keys.filter((key) => selected.has(key) || rand() < 0.5);
      const loaded = new Map(
        loadedKeys.map((key) => [
          key,
          new Map(
            valuesOf[key]!.map((value) => [
              value,
              Uint32Array.from([...pages.keys()].filter((page) => pages[page]![key]!.includes(value))),
            ]),
          ),
        ]),
      );
      const keeps = (page: number, except?: string) =>
        [...selected].every(([key, ticked]) => key === except || pages[page]![key]!.some((value) => ticked.has(value)));

      const { kept, counts, withoutFilter } = tally(resultPages, pageCount, loaded, selected);
      expect(kept.map((position) => resultPages[position])).toEqual(resultPages.filter((page) => keeps(page)));
      for (const key of loadedKeys)
        for (const value of valuesOf[key]!)
          expect(counts[key]![value], `${key}=${value}`).toBe(
            resultPages.filter((page) => keeps(page, key) && pages[page]![key]!.includes(value)).length,
          );
      expect(Object.keys(counts).sort()).toEqual([...loadedKeys].sort());
      for (const key of selected.keys())
        expect(withoutFilter[key]).toBe(resultPages.filter((page) => keeps(page, key)).length);
    }
  });
});
