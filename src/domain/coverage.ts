import { carriesCredit } from "./credit-rating.ts";
import { coursesWith, whereFacet, type CatalogueCourse, type Facet } from "./facets.ts";
import { joinableRuns } from "./runs.ts";
import { involvesServiceUsers, type Term } from "./vocabularies/index.ts";

/** One cell of a coverage matrix. */
export interface CoverageCell {
  readonly row: Term;
  readonly column: Term;
  readonly count: number;
}

/**
 * A matrix of courses by two facets (themes × profession groups, say); an empty cell is a gap in provision.
 * It counts the courses it is given: the site gives it the active ones, the courses search, the browse pages and
 * the home page count, so a cell's number is what search finds with the cell's two filters and nothing else.
 */
export function coverageMatrix(
  entries: readonly CatalogueCourse[],
  rows: Facet,
  columns: Facet,
  asOf: string,
): CoverageCell[][] {
  return rows.terms.map((row) => {
    const inRow = coursesWith(rows, row.id, entries, asOf);
    return columns.terms.map((column) => ({ row, column, count: coursesWith(columns, column.id, inRow, asOf).length }));
  });
}

/** Figures about one theme's provision, each a count out of the theme's courses. */
export interface ThemeIndicators {
  readonly courses: number;
  readonly interProfessional: number;
  readonly serviceUsersInvolved: number;
  readonly carriesCredit: number;
  readonly free: number;
  /** Runs a learner can still join, by region id, plus "online" (the search filter "Region or online"). */
  readonly runsByPlace: Readonly<Record<string, number>>;
}

/** What share of a set of courses is inter-professional, involves service users, carries credit or is free. */
export function indicators(entries: readonly CatalogueCourse[], asOf: string): ThemeIndicators {
  const runsByPlace: Record<string, number> = {};
  for (const { course } of entries) {
    for (const run of joinableRuns(course, asOf))
      for (const place of whereFacet.runValuesOf!(run, asOf)) runsByPlace[place] = (runsByPlace[place] ?? 0) + 1;
  }
  const count = (test: (entry: CatalogueCourse) => boolean) => entries.filter(test).length;
  return {
    courses: entries.length,
    interProfessional: count(({ course }) => course.learnerMix.includes("inter-professional")),
    serviceUsersInvolved: count(({ course }) => involvesServiceUsers(course.serviceUserInvolvement.modes)),
    carriesCredit: count(({ course }) => carriesCredit(course, asOf)),
    free: count(({ course }) => joinableRuns(course, asOf).some((run) => run.cost.amount === 0)),
    runsByPlace,
  };
}
