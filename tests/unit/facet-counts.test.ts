import { describe, expect, it } from "vitest";
import { tally, type FilterSets, type RunCondition } from "../../src/search/client/facet-counts.ts";
import { random } from "../../bench/generate.ts";

/**
 * Checks the filter arithmetic against its definition, worked out the slow
 * way, on many random catalogues: a result is kept when it has a ticked
 * value in every course filter in use and one of its runs has a ticked value
 * in every run filter in use and meets every run condition; a value's count is
 * what ticking it too would give; a filter in use is counted as if it were
 * not, with the others.
 */
describe("filtering and counting results", () => {
  const pageKeys = ["theme", "credit"];
  const runKeys = ["where", "cost"];
  const valuesOf = {
    theme: ["a", "b", "c", "d"],
    credit: ["yes", "no"],
    where: ["n", "s", "o"],
    cost: ["free", "paid"],
  } as Record<string, string[]>;

  it("agrees with the definition on random catalogues and selections", () => {
    const rand = random(7);
    const pick = (key: string) => valuesOf[key]!.filter(() => rand() < 0.4);
    for (let round = 0; round < 300; round++) {
      const pageCount = 1 + Math.floor(rand() * 40);
      const pages = Array.from({ length: pageCount }, () => ({
        values: Object.fromEntries(pageKeys.map((key) => [key, pick(key)])),
        runs: Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
          Object.fromEntries(runKeys.map((key) => [key, pick(key)])),
        ),
      }));
      const firstRun = new Uint32Array(pageCount + 1);
      pages.forEach((page, number) => (firstRun[number + 1] = firstRun[number]! + page.runs.length));
      const allRuns = pages.flatMap((page) => page.runs);
      const resultPages = [...pages.keys()].filter(() => rand() < 0.7).sort(() => rand() - 0.5);
      const selected = new Map<string, Set<string>>();
      for (const key of [...pageKeys, ...runKeys]) {
        const ticked = valuesOf[key]!.filter(() => rand() < 0.3);
        if (ticked.length > 0) selected.set(key, new Set(ticked));
      }
      const near: RunCondition | undefined =
        rand() < 0.3 ? { key: "near", keeps: Uint8Array.from(allRuns, () => (rand() < 0.6 ? 1 : 0)) } : undefined;
      const loadedKeys = [...pageKeys, ...runKeys].filter((key) => selected.has(key) || rand() < 0.5);
      const loaded = new Map<string, FilterSets>(
        loadedKeys.map((key) => {
          const isRun = runKeys.includes(key);
          const items = isRun ? allRuns : pages.map((page) => page.values);
          return [
            key,
            {
              unit: isRun ? "run" : "page",
              values: new Map(
                valuesOf[key]!.map((value) => [
                  value,
                  Uint32Array.from([...items.keys()].filter((item) => items[item]![key]!.includes(value))),
                ]),
              ),
            },
          ];
        }),
      );
      const runNumber = (page: number, offset: number) => firstRun[page]! + offset;
      const runMeets = (page: number, offset: number, except?: string) =>
        [...selected].every(
          ([key, ticked]) =>
            key === except ||
            !runKeys.includes(key) ||
            pages[page]!.runs[offset]![key]!.some((value) => ticked.has(value)),
        ) &&
        (!near || except === "near" || near.keeps[runNumber(page, offset)] === 1);
      const meetsCourse = (page: number, except?: string) =>
        [...selected].every(
          ([key, ticked]) =>
            key === except || runKeys.includes(key) || pages[page]!.values[key]!.some((value) => ticked.has(value)),
        );
      const keeps = (page: number, except?: string) =>
        meetsCourse(page, except) && pages[page]!.runs.some((_, offset) => runMeets(page, offset, except));

      const { kept, runOf, counts, withoutFilter, passes } = tally(resultPages, pageCount, loaded, selected, {
        index: { firstRun },
        conditions: near ? [near] : [],
      });
      const keptPages = resultPages.filter((page) => keeps(page));
      expect(kept.map((position) => resultPages[position])).toEqual(keptPages);
      // Each result's run meets every run filter, and is the soonest that does.
      kept.forEach((position, at) => {
        const page = resultPages[position]!;
        expect(runOf[at]).toBe(pages[page]!.runs.findIndex((_, offset) => runMeets(page, offset)));
        expect(passes(runNumber(page, runOf[at]!))).toBe(true);
      });
      for (const key of loadedKeys)
        for (const value of valuesOf[key]!) {
          const expected = runKeys.includes(key)
            ? resultPages.filter(
                (page) =>
                  meetsCourse(page) &&
                  pages[page]!.runs.some((run, offset) => run[key]!.includes(value) && runMeets(page, offset, key)),
              )
            : resultPages.filter(
                (page) =>
                  meetsCourse(page, key) &&
                  pages[page]!.values[key]!.includes(value) &&
                  pages[page]!.runs.some((_, offset) => runMeets(page, offset)),
              );
          expect(counts[key]![value], `${key}=${value}`).toBe(expected.length);
        }
      expect(Object.keys(counts).sort()).toEqual([...loadedKeys].sort());
      for (const key of [...selected.keys(), ...(near ? ["near"] : [])])
        expect(withoutFilter[key], `without ${key}`).toBe(resultPages.filter((page) => keeps(page, key)).length);
    }
  });

  it("keeps a course only when one run meets every run filter", () => {
    // Page 0 runs online later and face to face soon; page 1 has one run that is both soon and online.
    const loaded = new Map<string, FilterSets>([
      [
        "where",
        {
          unit: "run",
          values: new Map([
            ["online", Uint32Array.from([1, 2])],
            ["north-west", Uint32Array.from([0])],
          ]),
        },
      ],
      [
        "start",
        {
          unit: "run",
          values: new Map([
            ["next-3-months", Uint32Array.from([0, 2])],
            ["later", Uint32Array.from([1])],
          ]),
        },
      ],
    ]);
    const selected = new Map([
      ["where", new Set(["online"])],
      ["start", new Set(["next-3-months"])],
    ]);
    const { kept, runOf, counts } = tally([0, 1], 2, loaded, selected, {
      index: { firstRun: Uint32Array.from([0, 2, 3]) },
    });
    expect(kept).toEqual([1]);
    expect(runOf).toEqual([0]);
    expect(counts.where).toEqual({ online: 1, "north-west": 1 });
    expect(counts.start).toEqual({ "next-3-months": 1, later: 1 });
  });
});
