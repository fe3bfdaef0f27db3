import { z } from "zod";
import {
  courseStatuses,
  creditStatuses,
  integratedCareAreas,
  learnerMixes,
  learningForms,
  professions,
  subThemes,
  themes,
  workforceLevels,
} from "../vocabularies/index.ts";
import { topics } from "../vocabularies/topics.ts";
import { contactSchema } from "./contact.ts";
import { creditRatingSchema, creditValueSchema } from "./credit.ts";
import { frameworkAlignmentSchema } from "./framework-alignment.ts";
import { importProvenanceSchema } from "./import-provenance.ts";
import { partnerSchema } from "./partner.ts";
import { presentationSchema } from "./presentation.ts";
import { calendarDate, entryId, httpsUrl, plainText } from "./primitives.ts";
import { serviceUserInvolvementSchema } from "./service-user-involvement.ts";
import { listOf, oneOf } from "./vocabulary-fields.ts";

/**
 * A course entry's front matter. The Markdown body below it is the full
 * description. Rules that span fields or entries live in `src/domain/rules/`.
 */
export const courseSchema = z.strictObject({
  /** Stable id; must equal the file name without `.md`. */
  id: entryId,
  /** Course title as learners will see it. */
  title: plainText(150),
  /** One-sentence summary shown in listings and search results (160 characters at most). */
  summary: plainText(160),
  /** Id of the provider that runs the course; the file lives in that provider's folder. */
  provider: entryId,
  /** Organisations that plan, deliver, evaluate or fund the course jointly with the provider. */
  partners: z.array(partnerSchema).default([]),
  /** Professions and staff groups the course is open to. */
  professions: listOf(professions, 1),
  /** True when staff without a professional registration (support workers, HCAs) may join. */
  openToUnregisteredStaff: z.boolean().default(false),
  /** Who learns together: one profession, several side by side, inter-professional, multi-agency. */
  learnerMix: listOf(learnerMixes, 1),
  /** Workforce levels the course is designed for: micro, meso, macro. */
  workforceLevels: listOf(workforceLevels, 1),
  /** What the course is about: conditions, groups of people and areas of practice, such as dementia or safeguarding adults. */
  topics: listOf(topics).default([]),
  /** How staff learn together on it, from the report's six inter-professional themes (at least one). */
  themes: listOf(themes, 1),
  /** Sub-themes within those themes. */
  subThemes: listOf(subThemes).default([]),
  /** Areas of integrated care the course relates to. */
  integratedCareAreas: listOf(integratedCareAreas).default([]),
  /** Forms of learning used, such as away day, e-learning, university course. */
  learningForms: listOf(learningForms, 1),
  /** What learners will be able to do by the end, one outcome per item. */
  learningOutcomes: z.array(plainText(300)).min(1, "List at least one learning outcome"),
  /** How learning is assessed, if it is. Required for accredited and credit-rated courses. */
  assessment: plainText(600).optional(),
  /** How the provider assures quality: moderation, external examiner, evaluation. Required for credit-rated and rating-pending courses. */
  qualityAssurance: plainText(600).optional(),
  /** What learners need before they start, such as registration or a prior module. */
  entryRequirements: plainText(600).optional(),
  /** How service users and carers take part. */
  serviceUserInvolvement: serviceUserInvolvementSchema,
  /** Whether, and how, the course carries academic credit. */
  creditStatus: oneOf(creditStatuses),
  /** Academic credit values; CATS, ECTS and SCQF may all be given. */
  credits: z.array(creditValueSchema).default([]),
  /** Id of the provider that awards the credit or qualification, when not the provider itself. */
  awardingBody: entryId.optional(),
  /** Name of the award or qualification, if the course leads to one, such as "Foundation Degree (FdSc)". */
  qualification: plainText(150).optional(),
  /** Total notional hours of learning: contact, directed and self-directed study, assessment. */
  notionalHours: z.number().positive("Notional hours must be more than 0").optional(),
  /** Hours a learner can record as CPD (for NMC revalidation and the like). */
  cpdHours: z.number().positive("CPD hours must be more than 0").optional(),
  /** Of the CPD hours, those spent learning with others (NMC "participatory" hours). */
  participatoryHours: z.number().min(0).optional(),
  /** Credit-rating decision, or the request for one. */
  creditRating: creditRatingSchema.optional(),
  /** Competence framework dimensions the outcomes address (KSF, PCF). */
  frameworkAlignment: z.array(frameworkAlignmentSchema).default([]),
  /** The runs of this course, past and future. */
  presentations: z.array(presentationSchema).default([]),
  /** Who to contact about the course. */
  contact: contactSchema,
  /** The course's page on the provider's website. */
  url: httpsUrl.optional(),
  /** Whether the course is offered; withdrawn courses keep their page. */
  status: oneOf(courseStatuses).default("active"),
  /** Date the entry was last checked as correct (YYYY-MM-DD). */
  lastReviewed: calendarDate,
  /** Date by which the entry must be checked again (YYYY-MM-DD). */
  reviewDue: calendarDate,
  /** Set by `npm run import:xcri` on entries it wrote, so a re-import can spot hand edits; leave it as it is. */
  xcriImport: importProvenanceSchema.optional(),
});

/** A course's validated front matter. */
export type Course = z.output<typeof courseSchema>;
/** A course's front matter as written in the file. */
export type CourseInput = z.input<typeof courseSchema>;
