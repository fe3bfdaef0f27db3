import type { FilterSets } from "./index-files.ts";

/** For each filter and value, a number of courses. */
export type Counts = Record<string, Record<string, number>>;

/** The results a filter selection keeps, with the counts the filters show. */
export interface Tally {
  /** Positions, in the search's results, of those every filter in use keeps (their order kept). */
  readonly kept: number[];
  /**
   * For each loaded filter and value, how many courses the search would find
   * if that value were ticked: within a filter in use, OR with its other
   * ticked values, so counted without that filter but with all the others.
   */
  readonly counts: Counts;
  /** For each filter in use, how many courses there would be without it (to suggest what to remove). */
  readonly withoutFilter: Record<string, number>;
}

/**
 * Filters a search's results and counts every loaded filter, in time
 * proportional to the results and the courses listed in the loaded filters.
 *
 * @param resultPages the page number of each result, in the results' order
 * @param pageCount how many pages the index has
 * @param loaded the loaded filters' sets, which include every filter in use
 * @param selected the ticked values of each filter in use
 */
export function tally(
  resultPages: readonly number[],
  pageCount: number,
  loaded: ReadonlyMap<string, FilterSets>,
  selected: ReadonlyMap<string, ReadonlySet<string>>,
): Tally {
  const inUse = [...selected.keys()];
  const found = new Uint8Array(pageCount);
  for (const page of resultPages) found[page] = 1;
  // For each found page: how many filters in use leave it out, and which one if only one does.
  const misses = new Uint8Array(pageCount);
  const missedBy = new Int16Array(pageCount).fill(-1);
  inUse.forEach((key, position) => {
    const sets = loaded.get(key);
    if (!sets) throw new Error(`The "${key}" filter is in use but its data is not loaded`);
    const kept = new Uint8Array(pageCount);
    for (const value of selected.get(key)!) for (const page of sets.get(value) ?? []) kept[page] = 1;
    for (const page of resultPages)
      if (!kept[page]) {
        misses[page]!++;
        missedBy[page] = position;
      }
  });
  // Kept by every filter but perhaps the one at `position` (-1: every filter).
  const keptWithout = (page: number, position: number) =>
    found[page] === 1 && (misses[page] === 0 || (misses[page] === 1 && missedBy[page] === position));

  const counts: Counts = {};
  for (const [key, sets] of loaded) {
    const position = inUse.indexOf(key);
    const byValue: Record<string, number> = {};
    for (const [value, pages] of sets) {
      let count = 0;
      for (const page of pages) if (keptWithout(page, position)) count++;
      byValue[value] = count;
    }
    counts[key] = byValue;
  }
  const withoutFilter: Record<string, number> = {};
  inUse.forEach((key, position) => {
    withoutFilter[key] = resultPages.filter((page) => keptWithout(page, position)).length;
  });
  const kept = resultPages.flatMap((page, index) => (misses[page] === 0 ? [index] : []));
  return { kept, counts, withoutFilter };
}
