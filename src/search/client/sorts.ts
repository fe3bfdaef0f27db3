import { PAGE_ORDER_SORT, sortKeys } from "../sort-orders.ts";

/** A way to order results. Every course has every sort key, so none drops out when sorting. */
export interface SortOption {
  readonly id: string;
  readonly label: string;
  /** Sort key of the index and direction; undefined means relevance (best match first). */
  readonly sort: Record<string, "asc" | "desc"> | undefined;
  /** Only offered when there is a search term. */
  readonly needsTerm?: boolean;
  /** Only offered when searching near a place: nearest venue first, worked out on the page. */
  readonly needsPlace?: boolean;
}

export const sortOptions: readonly SortOption[] = [
  { id: "relevance", label: "Best match", sort: undefined, needsTerm: true },
  { id: "nearest", label: "Nearest first", sort: undefined, needsPlace: true },
  { id: "start", label: "Soonest start", sort: { [sortKeys.start]: "asc" } },
  { id: "credits", label: "Most credits", sort: { [sortKeys.credits]: "desc" } },
  { id: "title", label: "Title A to Z", sort: { [sortKeys.title]: "asc" } },
  { id: "reviewed", label: "Recently checked", sort: { [sortKeys.reviewed]: "desc" } },
];

/**
 * The sort in force: the chosen one if it applies, else best match with a term, nearest first near a
 * place, and soonest start otherwise.
 */
export function effectiveSort(chosen: string, hasTerm: boolean, hasPlace = false): SortOption {
  const applies = (candidate: SortOption) => (hasTerm || !candidate.needsTerm) && (hasPlace || !candidate.needsPlace);
  const option = sortOptions.find((candidate) => candidate.id === chosen && applies(candidate));
  const fallback = hasTerm ? "relevance" : hasPlace ? "nearest" : "start";
  return option ?? sortOptions.find((candidate) => candidate.id === fallback)!;
}

/** Whether a sort lists courses in the search index's own order (the build adds them in that order). */
export const inIndexOrder = (option: SortOption) => option.sort?.[PAGE_ORDER_SORT] === "asc";
