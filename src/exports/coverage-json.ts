/**
 * api/coverage.json: the coverage page's tables and run figures as data, in the format of
 * `coverageExportSchema` (published as coverage.schema.json). The same counts as the page and the CSVs.
 */
import type { z } from "zod";
import { EXPORT_SCHEMA_VERSION, type coverageExportSchema } from "../domain/catalogue-export-schema.ts";
import { coverageMatrix, runFigures } from "../domain/coverage.ts";
import type { CoverageView } from "../domain/coverage-views.ts";
import { coursesWith, themeFacet, type CatalogueCourse } from "../domain/facets.ts";
import { jsonDocument } from "./json.ts";

/** The coverage document for the active courses. */
export function coverageExport(
  active: readonly CatalogueCourse[],
  tables: readonly CoverageView[],
  options: { asOf: string; generatedAt: string },
) {
  const { asOf } = options;
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    asOf,
    courses: active.length,
    tables: tables.map((view) => ({
      key: view.key,
      title: view.title,
      rowHeading: view.rows.noun,
      rowFilter: view.rows.search.param,
      columns: view.columns.map((column) => ({
        id: column.id,
        label: column.label,
        filter: column.facet.search.param,
        values: [...column.values],
      })),
      rows: coverageMatrix(active, view.rows, view.columns, asOf).map((row, index) => ({
        id: view.rows.terms[index]!.id,
        label: view.rows.terms[index]!.label,
        counts: row.map((cell) => cell.count),
      })),
    })),
    themes: themeFacet.terms.map((theme) => {
      const courses = coursesWith(themeFacet, theme.id, active, asOf);
      return { theme: theme.id, courses: courses.length, ...runFigures(courses, asOf) };
    }),
  } satisfies z.input<typeof coverageExportSchema>;
}

/** The coverage document as JSON, indented (it is small). */
export function coverageJson(...args: Parameters<typeof coverageExport>): string {
  return jsonDocument(coverageExport(...args));
}
