import {
  professionGroupFacet,
  startWindowFacet,
  themeFacet,
  topicFacet,
  workforceLevelFacet,
  type BrowseFacet,
} from "../domain/facets.ts";
import { startWindows } from "../domain/vocabularies/index.ts";
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

/** Start windows that mean a course has a run a learner can join: what coverage counts as provision. */
const provisionWindows = startWindows.filter((window) => window.kind !== "none").map((window) => window.id);

/** The search page with exactly a cell's filters, so the cell's count and the search agree. */
export function cellSearchPath(view: CoverageView, rowId: string, columnId: string): string {
  const params = new URLSearchParams();
  params.append(view.rows.search.param, rowId);
  params.append(view.columns.search.param, columnId);
  for (const window of provisionWindows) params.append(startWindowFacet.search.param, window);
  return `${href("search/")}?${params.toString()}`;
}
