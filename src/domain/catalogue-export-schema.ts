/**
 * The shape of the published catalogue JSON (api/courses.json, api/providers.json, api/pathways.json), with a doc
 * comment on every field: src/exports/catalogue-json.ts writes it, and src/docs describes it.
 */
import { z } from "zod";
import { courseSchema, pathwaySchema, providerSchema } from "./schema/index.ts";
import { creditStatuses, idsOf, ratingStatuses } from "./vocabularies/index.ts";

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

/** A pathway to an award as exported: its front matter, description and page. Its steps name courses by id, as in api/courses.json. */
export const exportedPathwaySchema = pathwaySchema.extend({
  /** The pathway's page in the catalogue, which lists its courses and what each brings to the award. */
  page: z.url(),
  /** More about the award, in Markdown. */
  description: z.string(),
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
export const pathwaysExportSchema = z.object({ ...envelope, pathways: z.array(exportedPathwaySchema) });

/** One coverage table: courses counted by a facet's values down the side and by some filter values across. */
const coverageTableSchema = z.object({
  /** The table's name, also that of its CSV (coverage/<key>.csv) and heat map. */
  key: z.string(),
  /** The table's heading on the coverage page. */
  title: z.string(),
  /** What each row is a value of, such as "Theme". */
  rowHeading: z.string(),
  /** The search parameter of the rows' values, such as "theme". */
  rowFilter: z.string(),
  columns: z.array(
    z.object({
      /** The column's name, stable between builds. */
      id: z.string(),
      /** The column's heading. */
      label: z.string(),
      /** The search parameter of its values, such as "profession-group". */
      filter: z.string(),
      /** The filter values it counts courses with any of. */
      values: z.array(z.string()).min(1),
    }),
  ),
  rows: z.array(
    z.object({
      /** The row's value, such as a theme's id. */
      id: z.string(),
      /** The value's label. */
      label: z.string(),
      /** Courses with the row's value and the column's, one per column in column order; 0 is a gap. */
      counts: z.array(z.int().min(0)),
    }),
  ),
});

/** A theme's runs to join, where they are and their places. */
const themeRunsSchema = z.object({
  /** The theme's id. */
  theme: z.string(),
  /** Active courses on the theme. */
  courses: z.int().min(0),
  /** Runs a learner can still join. */
  runsToJoin: z.int().min(0),
  /** Those runs by region id, plus "online". */
  runsByPlace: z.record(z.string(), z.int().min(0)),
  /** Runs to join that say how many places they have. */
  runsGivingPlaces: z.int().min(0),
  /** Places on those runs. */
  places: z.int().min(0),
});

/** api/coverage.json: the figures of the coverage page, counted over the active courses, as search counts them. */
export const coverageExportSchema = z.object({
  ...envelope,
  /** Active courses: what every table counts from. */
  courses: z.int().min(0),
  /** The coverage tables, each as on the coverage page and in its CSV. */
  tables: z.array(coverageTableSchema),
  /** Runs and places by theme. */
  themes: z.array(themeRunsSchema),
});

/** An entry (or a schema's shape) without the fields only the importer reads. */
export function withoutInternalFields<T extends { xcriImport?: unknown }>(entry: T): Omit<T, "xcriImport"> {
  const { xcriImport: _internal, ...rest } = entry;
  return rest;
}
