import {
  professionGroupFacet,
  startWindowFacet,
  themeFacet,
  topicFacet,
  workforceLevelFacet,
  type BrowseFacet,
} from "../domain/facets.ts";
import { noJoinableRunWindow } from "../domain/runs.ts";
import { href } from "./paths.ts";

/** A coverage matrix: one facet's values down the side, another's across. */
export interface CoverageView {
  /** Public: the SVG's file name (`/coverage/<key>.svg`) and the section's anchor. */
  readonly key: string;
  readonly title: string;
  readonly rows: BrowseFacet;
  readonly columns: BrowseFacet;
}

/**
 * The coverage matrices: themes by profession group and by workforce level, and
 * topics by profession group, so commissioners can see gaps by what courses are about.
 */
export const coverageViews = [
  {
    key: "themes-by-profession-group",
    title: "Themes by profession group",
    rows: themeFacet,
    columns: professionGroupFacet,
  },
  {
    key: "themes-by-workforce-level",
    title: "Themes by workforce level",
    rows: themeFacet,
    columns: workforceLevelFacet,
  },
  {
    key: "topics-by-profession-group",
    title: "Topics by profession group",
    rows: topicFacet,
    columns: professionGroupFacet,
  },
] as const satisfies readonly CoverageView[];

/**
 * The search page with exactly a cell's two filters. Coverage counts the active courses, as search does, so
 * the cell's number and the search's agree with no other filter (no start dates to stand for "current").
 * Only a cell with courses links: a gap has nothing to find.
 */
export function cellSearchPath(view: CoverageView, rowId: string, columnId: string): string {
  const params = new URLSearchParams();
  params.append(view.rows.search.param, rowId);
  params.append(view.columns.search.param, columnId);
  return `${href("search/")}?${params.toString()}`;
}

/** The search page listing the active courses with no run to join now: one filter, "No dates announced". */
export function noDatesSearchPath(): string {
  const params = new URLSearchParams({ [startWindowFacet.search.param]: noJoinableRunWindow.id });
  return `${href("search/")}?${params.toString()}`;
}
