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

/** Every course in the catalogue, withdrawn ones included (with their status), as the export document. */
export function coursesExport(
  entries: readonly (CatalogueCourse & { readonly body: string })[],
  options: { asOf: string; generatedAt: string; page: (id: string) => string },
) {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    asOf: options.asOf,
    courses: entries.map(({ course, body }) => {
      const ratingStatus = ratingStatusOf(course, options.asOf);
      return {
        ...withoutInternalFields(course),
        page: options.page(course.id),
        description: body,
        effectiveCreditStatus: effectiveCreditStatus(course, options.asOf),
        ...(ratingStatus ? { ratingStatus } : {}),
      };
    }),
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
  return jsonDocument(coursesExport(...args), "compact");
}

/** api/providers.json: the providers export document, indented. */
export function providersJson(...args: Parameters<typeof providersExport>): string {
  return jsonDocument(providersExport(...args));
}

/** api/pathways.json: the pathways export document, indented. */
export function pathwaysJson(...args: Parameters<typeof pathwaysExport>): string {
  return jsonDocument(pathwaysExport(...args));
}
