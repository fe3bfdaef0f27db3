/**
 * Lists too long for one page, split into numbered pages that need no script. At 10,000
 * courses the list of every course was 7.5 MB of HTML (260 to 400 KB compressed), too long
 * for a phone to open; a page of this many courses is about 750 KB, 25 KB compressed.
 */
export const COURSES_PER_PAGE = 1000;

/** One page of a list split by `paginate`. */
export interface ListPage<T> {
  /** Its number, from 1. */
  readonly number: number;
  /** How many pages the list has (at least 1, for an empty list). */
  readonly count: number;
  /** The items on this page. */
  readonly items: readonly T[];
  /** Where on the whole list its items start and end, from 1 (0 and 0 for an empty list). */
  readonly first: number;
  readonly last: number;
  /** How many items the whole list has. */
  readonly total: number;
}

/** The list's pages of `perPage` items, in order; an empty list has one empty page. */
export function paginate<T>(items: readonly T[], perPage = COURSES_PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`A page holds at least one item, not ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, index) => {
    const pageItems = items.slice(index * perPage, (index + 1) * perPage);
    return {
      number: index + 1,
      count,
      items: pageItems,
      first: pageItems.length === 0 ? 0 : index * perPage + 1,
      last: index * perPage + pageItems.length,
      total: items.length,
    };
  });
}

/**
 * The page numbers a pagination bar links to, GOV.UK style: the first and last pages, the
 * current page and the pages either side of it, with "…" where numbers are left out.
 */
export function pageLinks(current: number, count: number): (number | "…")[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])]
    .filter((page) => page >= 1 && page <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - shown[index - 1]! > 1 ? (["…", page] as const) : [page]));
}
