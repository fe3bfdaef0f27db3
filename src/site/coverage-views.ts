import { startWindowFacet, type SearchFilter } from "../domain/facets.ts";
import type { CoverageViewColumn } from "../domain/coverage-views.ts";
import { noJoinableRunWindow } from "../domain/runs.ts";
import { href } from "./paths.ts";

/**
 * The search page with exactly a cell's filters: the row's value and the column's values. Coverage counts the
 * active courses, as search does, so the cell's number and the search's agree with no other filter (no start
 * dates to stand for "current"). Only a cell with courses links: a gap has nothing to find.
 */
export function cellSearchPath(rows: SearchFilter, rowId: string, column: CoverageViewColumn): string {
  const params = new URLSearchParams();
  params.append(rows.search.param, rowId);
  for (const value of column.values) params.append(column.facet.search.param, value);
  return `${href("search/")}?${params.toString()}`;
}

/** The search page listing the active courses with no run to join now: one filter, "No dates announced". */
export function noDatesSearchPath(): string {
  const params = new URLSearchParams({ [startWindowFacet.search.param]: noJoinableRunWindow.id });
  return `${href("search/")}?${params.toString()}`;
}
