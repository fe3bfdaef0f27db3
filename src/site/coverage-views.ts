import {
  professionGroupFacet,
  startWindowFacet,
  themeFacet,
  workforceLevelFacet,
  type BrowseFacet,
} from "../domain/facets.ts";
import { startWindows } from "../domain/vocabularies/index.ts";
import { href } from "./paths.ts";

/** The two coverage matrices: themes down the side, and profession groups or workforce levels across. */
export const coverageViews = [
  {
    key: "themes-by-profession-group",
    title: "Themes by profession group",
    columns: professionGroupFacet,
  },
  {
    key: "themes-by-workforce-level",
    title: "Themes by workforce level",
    columns: workforceLevelFacet,
  },
] as const satisfies readonly { key: string; title: string; columns: BrowseFacet }[];

export const coverageRows = themeFacet;

/** Start windows that mean a course has a run a learner can join: what coverage counts as provision. */
const provisionWindows = startWindows.filter((window) => window.kind !== "none").map((window) => window.id);

/** The search page with exactly a cell's filters, so the cell's count and the search agree. */
export function cellSearchPath(themeId: string, columns: BrowseFacet, columnId: string): string {
  const params = new URLSearchParams();
  params.append(coverageRows.search.param, themeId);
  params.append(columns.search.param, columnId);
  for (const window of provisionWindows) params.append(startWindowFacet.search.param, window);
  return `${href("search/")}?${params.toString()}`;
}
