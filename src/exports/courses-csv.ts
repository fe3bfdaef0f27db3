import { stringify } from "csv-stringify/sync";
import {
  attendanceModeFacet,
  attendancePatternFacet,
  courseStatusFacet,
  creditStatusFacet,
  facetRegistry,
  learnerMixFacet,
  professionFacet,
  providerTypeFacet,
  serviceUserInvolvementFacet,
  studyModeFacet,
  themeFacet,
  workforceLevelFacet,
  type CatalogueCourse,
  type Facet,
} from "../domain/facets.ts";
import type { Presentation } from "../domain/schema/index.ts";
import { headlineCredit } from "../domain/credits.ts";

/** A column of the CSV: its published name and its value for a course and one of its runs. */
interface Column {
  readonly name: string;
  readonly value: (entry: CatalogueCourse, run: Presentation | undefined, asOf: string) => string | number;
}

const column = (name: string, value: Column["value"]): Column => ({ name, value });

/** A controlled field's column, as the facet registry names it: a run's own values, or the course's. */
const facetColumn = (facet: Facet): Column =>
  column(facet.csvColumn!, (entry, run, asOf) =>
    (facet.runValuesOf ? (run ? facet.runValuesOf(run, asOf) : []) : facet.valuesOf(entry, asOf)).join(";"),
  );

/**
 * Controlled fields at their published place. People read this file by column position
 * as well as by name, so no column ever moves: a controlled field added to the registry
 * later gets its column at the end, after `page`, course fields before run fields.
 */
const placedFacets: readonly Facet[] = [
  providerTypeFacet,
  courseStatusFacet,
  creditStatusFacet,
  themeFacet,
  professionFacet,
  workforceLevelFacet,
  learnerMixFacet,
  serviceUserInvolvementFacet,
  studyModeFacet,
  attendanceModeFacet,
  attendancePatternFacet,
];
const laterColumns = (["course", "run"] as const).flatMap((scope) =>
  facetRegistry
    .filter((facet) => facet.csvColumn && facet.scope === scope && !placedFacets.includes(facet))
    .map(facetColumn),
);

const columns: readonly Column[] = [
  column("course_id", ({ course }) => course.id),
  column("title", ({ course }) => course.title),
  column("provider_id", ({ provider }) => provider.id),
  column("provider", ({ provider }) => provider.name),
  facetColumn(providerTypeFacet),
  facetColumn(courseStatusFacet),
  facetColumn(creditStatusFacet),
  column("credit_scheme", ({ course }) => headlineCredit(course)?.scheme ?? ""),
  column("credit_level", ({ course }) => headlineCredit(course)?.level ?? ""),
  column("credit_value", ({ course }) => headlineCredit(course)?.value ?? ""),
  facetColumn(themeFacet),
  facetColumn(professionFacet),
  facetColumn(workforceLevelFacet),
  facetColumn(learnerMixFacet),
  facetColumn(serviceUserInvolvementFacet),
  column("run_id", (_, run) => run?.id ?? ""),
  column("start", (_, run) => run?.start ?? ""),
  column("flexible_start", (_, run) => (run?.flexibleStart ? "yes" : "")),
  column("end", (_, run) => run?.end ?? ""),
  column("apply_by", (_, run) => run?.applyBy ?? ""),
  facetColumn(studyModeFacet),
  facetColumn(attendanceModeFacet),
  facetColumn(attendancePatternFacet),
  column("venue", (_, run) => run?.venue?.name ?? ""),
  column("town", (_, run) => run?.venue?.town ?? ""),
  column("postcode", (_, run) => run?.venue?.postcode ?? ""),
  column("region", (_, run) => run?.venue?.region ?? ""),
  column("online", (_, run) => (run?.online ? "yes" : "")),
  column("cost_gbp", (_, run) => run?.cost.amount ?? ""),
  column("places", (_, run) => run?.places ?? ""),
  column("apply_url", (_, run) => run?.applyUrl ?? ""),
];

/**
 * The catalogue as CSV (RFC 4180, UTF-8 with a byte order mark): one row per
 * run, and one row for a course with no runs, so every run and every course
 * appears. Lists are joined with semicolons; values are vocabulary ids.
 */
export function coursesCsv(
  entries: readonly CatalogueCourse[],
  options: { asOf: string; page: (id: string) => string },
): string {
  return [...coursesCsvChunks(entries, options)].join("");
}

/**
 * The CSV coursesCsv writes, in chunks of `coursesPerChunk` courses' rows, so the whole file is never
 * held as rows of values as well as its text.
 */
export function* coursesCsvChunks(
  entries: readonly CatalogueCourse[],
  options: { asOf: string; page: (id: string) => string },
  coursesPerChunk = 500,
): Generator<string> {
  const row = (entry: CatalogueCourse, run: Presentation | undefined) => [
    ...columns.map((each) => each.value(entry, run, options.asOf)),
    options.page(entry.course.id),
    ...laterColumns.map((each) => each.value(entry, run, options.asOf)),
  ];
  const written = (rows: unknown[][], bom: boolean) => stringify(rows, { bom, record_delimiter: "windows" });
  yield written([[...columns.map((each) => each.name), "page", ...laterColumns.map((each) => each.name)]], true);
  for (let start = 0; start < entries.length; start += coursesPerChunk) {
    // Every run, past ones included, is a row: the file is the catalogue's record, not a listing.
    const rows = entries
      .slice(start, start + coursesPerChunk)
      .flatMap((entry) =>
        entry.course.presentations.length === 0
          ? [row(entry, undefined)]
          : entry.course.presentations.map((run) => row(entry, run)),
      );
    yield written(rows, false);
  }
}
