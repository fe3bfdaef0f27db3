import { z } from "zod";
import { effectiveCreditStatus, ratingStatusOf } from "../domain/credit-rating.ts";
import { courseSchema, providerSchema } from "../domain/schema/index.ts";
import { creditStatuses, idsOf, ratingStatuses } from "../domain/vocabularies/index.ts";
import type { CourseEntry } from "../site/catalogue.ts";
import type { Provider } from "../domain/schema/index.ts";

/** Version of the export format; bump the major number when a field changes meaning or disappears. */
export const EXPORT_SCHEMA_VERSION = "1.0";

/** A course as exported: its front matter, description, page and the status worked out on the build date. */
/** Import fingerprints help the importer spot hand edits; they mean nothing to people using the data. */
const internalFields = { xcriImport: true } as const;

export const exportedCourseSchema = courseSchema.omit(internalFields).extend({
  /** The course's page in the catalogue. */
  page: z.url(),
  /** The full description, in Markdown. */
  description: z.string(),
  /** Credit status on the build date: a lapsed rating shows as not-credit-rated. */
  effectiveCreditStatus: z.enum(idsOf(creditStatuses)),
  /** Where the credit rating stands on the build date, if the course has one. */
  ratingStatus: z.enum(idsOf(ratingStatuses)).optional(),
});

/** A provider as exported, with its page. */
export const exportedProviderSchema = z.object({
  ...withoutInternalFields(providerSchema.shape),
  /** The provider's page in the catalogue. */
  page: z.url(),
});

const envelope = {
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  /** When the file was generated (ISO 8601). */
  generatedAt: z.iso.datetime(),
  /** The date statuses were worked out for. */
  asOf: z.iso.date(),
};

export const coursesExportSchema = z.object({ ...envelope, courses: z.array(exportedCourseSchema) });
export const providersExportSchema = z.object({ ...envelope, providers: z.array(exportedProviderSchema) });

/** Every course in the catalogue, withdrawn ones included (with their status), as the export document. */
export function coursesExport(
  entries: readonly CourseEntry[],
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

/** An entry (or a schema's shape) without the fields only the importer reads. */
function withoutInternalFields<T extends { xcriImport?: unknown }>(entry: T): Omit<T, "xcriImport"> {
  const { xcriImport: _internal, ...rest } = entry;
  return rest;
}
