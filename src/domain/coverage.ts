import { coursesWith, whereFacet, type CatalogueCourse, type Facet } from "./facets.ts";
import { joinableRuns } from "./runs.ts";
import type { Term } from "./vocabularies/index.ts";

/**
 * A column of a coverage matrix: the courses with any of `values` of one facet. Most columns are one value
 * (a profession group); some join values a commissioner reads as one, such as "Free or funded".
 */
export interface CoverageColumn {
  /** Public: the column's key in the CSV and the JSON export. */
  readonly id: string;
  readonly label: string;
  readonly facet: Facet;
  readonly values: readonly string[];
}

/** A column for each of a facet's values. */
export const columnsOf = (facet: Facet): CoverageColumn[] =>
  facet.terms.map((term) => ({ id: term.id, label: term.label, facet, values: [term.id] }));

/** One cell of a coverage matrix. */
export interface CoverageCell<C extends CoverageColumn = CoverageColumn> {
  readonly row: Term;
  readonly column: C;
  readonly count: number;
}

/**
 * A matrix of courses by two facets (themes × profession groups, say); an empty cell is a gap in provision.
 * It counts the courses it is given: the site gives it the active ones, the courses search, the browse pages and
 * the home page count, so a cell's number is what search finds with the cell's two filters and nothing else.
 */
export function coverageMatrix<C extends CoverageColumn>(
  entries: readonly CatalogueCourse[],
  rows: Facet,
  columns: readonly C[],
  asOf: string,
): CoverageCell<C>[][] {
  return rows.terms.map((row) => {
    const inRow = coursesWith(rows, row.id, entries, asOf);
    return columns.map((column) => ({ row, column, count: countWithAny(column, inRow, asOf) }));
  });
}

/** How many of `entries` have at least one of a column's values: search ORs the values of one filter. */
function countWithAny(column: CoverageColumn, entries: readonly CatalogueCourse[], asOf: string): number {
  if (column.values.length === 1) return coursesWith(column.facet, column.values[0]!, entries, asOf).length;
  return new Set(column.values.flatMap((value) => coursesWith(column.facet, value, entries, asOf))).size;
}

/** Figures about the runs of one theme's courses, where the coverage tables count courses. */
export interface RunFigures {
  /** Runs a learner can still join. */
  readonly runsToJoin: number;
  /** Runs a learner can still join, by region id, plus "online" (the search filter "Region or online"). */
  readonly runsByPlace: Readonly<Record<string, number>>;
  /** Runs a learner can still join that say how many places they have. */
  readonly runsGivingPlaces: number;
  /** Places on those runs. */
  readonly places: number;
}

/** How many runs a set of courses has to join, where, and how many places those that say have. */
export function runFigures(entries: readonly CatalogueCourse[], asOf: string): RunFigures {
  const runsByPlace: Record<string, number> = {};
  let places = 0;
  let runsGivingPlaces = 0;
  let runsToJoin = 0;
  for (const { course } of entries) {
    for (const run of joinableRuns(course, asOf)) {
      runsToJoin++;
      if (run.places !== undefined) {
        runsGivingPlaces++;
        places += run.places;
      }
      for (const place of whereFacet.runValuesOf!(run, asOf)) runsByPlace[place] = (runsByPlace[place] ?? 0) + 1;
    }
  }
  return { runsToJoin, runsByPlace, runsGivingPlaces, places };
}
