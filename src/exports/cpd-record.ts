/** The CPD record download: JSON in the site's own format (schemas/cpd-record.schema.json), as NMC revalidation, Social Work England CPD and KSF review evidence. */
import { z } from "zod";
import { creditSummary } from "../domain/credit-rating.ts";
import type { CatalogueCourse } from "../domain/facets.ts";
import { formatDate } from "../domain/format.ts";
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

/** A record's CPD hours in words, on the course page and in the text record alike. */
export function cpdHoursText({ cpdHours, participatoryHours }: Pick<CpdRecord, "cpdHours" | "participatoryHours">) {
  if (cpdHours === undefined) return "Not stated by the provider";
  const together =
    participatoryHours === undefined ? "" : `, of which ${participatoryHours} participatory (learning with others)`;
  return `${cpdHours} hours${together}`;
}

/** What a practitioner fills in by hand on a printed or downloaded record. */
export const recordBlanks = ["Name", "Date attended", "Hours claimed", "Signature"] as const;

/** One line of text: a provider's words never break the record's layout. */
const line = (text: string) => text.replace(/\s+/g, " ").trim();

/** A run's dates in words, as the course page gives them. */
function datesText(dates: CpdRecord["dates"]): string {
  if (dates.length === 0) return "No dates announced";
  return dates
    .map(({ start, end }) =>
      start === undefined
        ? "Start at any time"
        : end && end !== start
          ? `${formatDate(start)} to ${formatDate(end)}`
          : formatDate(start),
    )
    .join("; ");
}

/**
 * The CPD record as plain text, beside the JSON: the same facts in words, to read, print or fill in
 * without any software, with blanks for the learner's details and room under each reflection question.
 */
export function cpdRecordText(record: CpdRecord): string {
  const heading = (text: string, underline = "-") => ["", text, underline.repeat(text.length)];
  const lines = [
    ...heading(`CPD record: ${line(record.title)}`, "=").slice(1),
    "",
    `Provider: ${line(record.provider)}`,
    `Course page: ${record.url}`,
    `Course dates: ${datesText(record.dates)}`,
    `CPD hours: ${cpdHoursText(record)}`,
    `Credit: ${line(record.credit)}`,
    `Record made: ${formatDate(record.generatedOn)}`,
    ...heading("What you will learn"),
    ...record.learningOutcomes.map((outcome) => `- ${line(outcome)}`),
    ...(record.frameworkAlignment.length === 0
      ? []
      : [
          ...heading("Competence frameworks"),
          ...record.frameworkAlignment.map(
            ({ framework, dimension, level }) =>
              `- ${[`${framework}: ${dimension}`, level?.toLowerCase()].filter(Boolean).join(", ")}`,
          ),
        ]),
    ...heading("Your details"),
    ...recordBlanks.flatMap((blank, index) => [...(index === 0 ? [] : [""]), `${blank}: ${"_".repeat(40)}`]),
    ...heading("Reflection"),
    ...record.reflectionPrompts.flatMap((prompt, index) => [`${index + 1}. ${line(prompt)}`, "", "", ""]),
  ];
  // The blank lines after the last question are its room to write, like every other question's.
  return `${lines.join("\n")}\n`;
}
