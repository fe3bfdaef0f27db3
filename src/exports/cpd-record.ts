/** The CPD record download: JSON in the site's own format (schemas/cpd-record.schema.json), as NMC revalidation, Social Work England CPD and KSF review evidence. */
import { z } from "zod";
import { creditSummary } from "../domain/credit-rating.ts";
import type { CatalogueCourse } from "../domain/facets.ts";
import { currentRuns } from "../domain/runs.ts";
import { frameworks, termById } from "../domain/vocabularies/index.ts";
import { jsonDocument } from "./json.ts";

/** Questions for the learner to answer after the course, covering NMC revalidation, Social Work England and KSF review. */
export const reflectionPrompts = [
  "What did you learn, and what did you learn from colleagues in other professions or organisations?",
  "How has it changed, or how will it change, your practice?",
  "How does it relate to your professional standards (for nurses and midwives, which part of the NMC Code)?",
  "Who did you reflect on it with (Social Work England asks for peer reflection)?",
  "Which development review objectives or KSF dimensions does it support?",
] as const;

/** A CPD record a practitioner attaches to revalidation, CPD or appraisal evidence. */
export const cpdRecordSchema = z.strictObject({
  /** Version of this record format. */
  schemaVersion: z.literal("1.0"),
  /** The course's page in the catalogue. */
  url: z.url(),
  title: z.string().min(1),
  provider: z.string().min(1),
  /** Planned or attended dates (YYYY-MM-DD); empty for on-demand learning. */
  dates: z.array(z.object({ start: z.string().optional(), end: z.string().optional() })),
  /** Hours to record as CPD, if the provider gives them. */
  cpdHours: z.number().nonnegative().optional(),
  /** Of those, hours spent learning with others (NMC participatory hours). */
  participatoryHours: z.number().nonnegative().optional(),
  learningOutcomes: z.array(z.string()).min(1),
  /** Competence framework dimensions the course addresses. */
  frameworkAlignment: z.array(z.object({ framework: z.string(), dimension: z.string(), level: z.string().optional() })),
  /** Academic credit, as the catalogue shows it on the day the record was made. */
  credit: z.string(),
  reflectionPrompts: z.array(z.string()),
  /** Date the record was generated (the site's build date). */
  generatedOn: z.string(),
});

export type CpdRecord = z.infer<typeof cpdRecordSchema>;

/** The CPD record for a course as of `asOf`. */
export function cpdRecord({ course, provider }: CatalogueCourse, url: string, asOf: string): CpdRecord {
  return {
    schemaVersion: "1.0",
    url,
    title: course.title,
    provider: provider.name,
    dates: currentRuns(course, asOf).map((run) => ({
      ...(run.start ? { start: run.start } : {}),
      ...(run.end ? { end: run.end } : {}),
    })),
    ...(course.cpdHours === undefined ? {} : { cpdHours: course.cpdHours }),
    ...(course.participatoryHours === undefined ? {} : { participatoryHours: course.participatoryHours }),
    learningOutcomes: course.learningOutcomes,
    frameworkAlignment: course.frameworkAlignment.map((alignment) => {
      const framework = termById(frameworks, alignment.framework);
      const dimension = termById(framework.dimensions, alignment.dimension);
      return {
        framework: framework.label,
        dimension: `${dimension.code} ${dimension.label}`,
        ...(alignment.level === undefined ? {} : { level: termById(framework.levels, String(alignment.level)).label }),
      };
    }),
    credit: creditSummary(course, asOf).text,
    reflectionPrompts: [...reflectionPrompts],
    generatedOn: asOf,
  };
}

/** The CPD record as the JSON file a practitioner downloads from the course page. */
export function cpdRecordJson(record: CpdRecord): string {
  return jsonDocument(record);
}
