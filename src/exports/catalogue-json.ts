/**
 * The catalogue as JSON documents (api/courses.json, api/providers.json, api/pathways.json), in the project's own
 * format described by the schemas in src/domain/catalogue-export-schema.ts and published as JSON Schema.
 */
import type { z } from "zod";
import {
  EXPORT_SCHEMA_VERSION,
  coursesExportSchema,
  pathwaysExportSchema,
  providersExportSchema,
  withoutInternalFields,
} from "../domain/catalogue-export-schema.ts";
import { effectiveCreditStatus, ratingStatusOf } from "../domain/credit-rating.ts";
import type { CatalogueCourse } from "../domain/facets.ts";
import type { Pathway, Provider } from "../domain/schema/index.ts";
import { jsonDocument } from "./json.ts";

export {
  EXPORT_SCHEMA_VERSION,
  coursesExportSchema,
  exportedCourseSchema,
  exportedPathwaySchema,
  exportedProviderSchema,
  pathwaysExportSchema,
  providersExportSchema,
} from "../domain/catalogue-export-schema.ts";

type ExportedEntry = CatalogueCourse & { readonly body: string };
type CoursesExportOptions = { asOf: string; generatedAt: string; page: (id: string) => string };

/** One course as the export document holds it. */
function exportedCourse({ course, body }: ExportedEntry, options: CoursesExportOptions) {
  const ratingStatus = ratingStatusOf(course, options.asOf);
  return {
    ...withoutInternalFields(course),
    page: options.page(course.id),
    description: body,
    effectiveCreditStatus: effectiveCreditStatus(course, options.asOf),
    ...(ratingStatus ? { ratingStatus } : {}),
  };
}

/** Every course in the catalogue, withdrawn ones included (with their status), as the export document. */
export function coursesExport(entries: readonly ExportedEntry[], options: CoursesExportOptions) {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    asOf: options.asOf,
    courses: entries.map((entry) => exportedCourse(entry, options)),
  } satisfies z.input<typeof coursesExportSchema>;
}

/** Every provider as the export document. */
export function providersExport(
  providers: readonly Provider[],
  options: { asOf: string; generatedAt: string; page: (id: string) => string },
) {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    asOf: options.asOf,
    providers: providers.map((provider) => ({ ...withoutInternalFields(provider), page: options.page(provider.id) })),
  } satisfies z.input<typeof providersExportSchema>;
}

/** Every pathway to an award as the export document, its steps naming courses by id. */
export function pathwaysExport(
  pathways: readonly { readonly pathway: Pathway; readonly body: string }[],
  options: { asOf: string; generatedAt: string; page: (id: string) => string },
) {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    asOf: options.asOf,
    pathways: pathways.map(({ pathway, body }) => ({ ...pathway, page: options.page(pathway.id), description: body })),
  } satisfies z.input<typeof pathwaysExportSchema>;
}

/** api/courses.json: the courses export document, not indented (at 10,000 courses indentation added 13 MB and a second to the build). */
export function coursesJson(...args: Parameters<typeof coursesExport>): string {
  return [...coursesJsonChunks(...args)].join("");
}

/**
 * api/courses.json as coursesJson writes it, in chunks of one course each, so the whole export is
 * never one tree of objects (half a gigabyte at 50,000 courses) as well as its text.
 */
export function* coursesJsonChunks(
  entries: readonly ExportedEntry[],
  options: CoursesExportOptions,
): Generator<string> {
  // The courses come last in the document: it is written without them, and they go where its empty list was.
  const shell = jsonDocument(coursesExport([], options), "compact");
  const empty = '"courses":[]}';
  if (!shell.endsWith(empty)) throw new Error("The courses export no longer ends with its list of courses");
  yield shell.slice(0, -2);
  let first = true;
  for (const entry of entries) {
    yield `${first ? "" : ","}${jsonDocument(exportedCourse(entry, options), "compact")}`;
    first = false;
  }
  yield "]}";
}

/** api/providers.json: the providers export document, indented. */
export function providersJson(...args: Parameters<typeof providersExport>): string {
  return jsonDocument(providersExport(...args));
}

/** api/pathways.json: the pathways export document, indented. */
export function pathwaysJson(...args: Parameters<typeof pathwaysExport>): string {
  return jsonDocument(pathwaysExport(...args));
}
