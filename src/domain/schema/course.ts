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
import { trainingTypes } from "../vocabularies/training-types.ts";
import { contactSchema } from "./contact.ts";
import { evaluationSchema } from "./evaluation.ts";
import { creditRatingSchema, creditValueSchema } from "./credit.ts";
import { frameworkAlignmentSchema } from "./framework-alignment.ts";
import { importProvenanceSchema } from "./import-provenance.ts";
import { partnerSchema } from "./partner.ts";
import { presentationSchema } from "./presentation.ts";
import { calendarDate, entryId, httpsUrl, plainText } from "./primitives.ts";
import { serviceUserInvolvementSchema } from "./service-user-involvement.ts";
import { listOf, oneOf } from "./vocabulary-fields.ts";
import { contactGroupWording } from "./contact.ts";
import type { FieldWording, Wordings } from "./field-wording.ts";

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
  /** How the course is evaluated and what the latest evaluation found; leave it out if none is published. */
  evaluation: evaluationSchema.optional(),
  /** Whether it is statutory or mandatory training, or developmental; leave it out if unsure. */
  trainingType: oneOf(trainingTypes).optional(),
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
  /** Set by `npm run import:xcri` and `npm run import:csv` on entries they wrote, so a re-import can spot hand edits; leave it as it is. */
  xcriImport: importProvenanceSchema.optional(),
});

/** A course's validated front matter. */
export type Course = z.output<typeof courseSchema>;
/** A course's front matter as written in the file. */
export type CourseInput = z.input<typeof courseSchema>;

/** How the Markdown body below the front matter (a course's or provider's full description) is put to people. */
export const descriptionWording = {
  label: "Description",
  hint: "Who it is for, what it covers and how it is taught. Leave a blank line between paragraphs. Start a line with ## for a heading, or - for a list item.",
  missing: "Enter a description",
} as const satisfies FieldWording;

/**
 * How a course's fields are put to people: the "List your course" form's labels and hints, and
 * the messages the form, `npm run validate` and the build show. A rule's messages sit under the
 * field it points at.
 */
export const courseWording = {
  id: {
    label: "Short name for the web address (optional)",
    hint: "Leave empty to make one from the title. It becomes the course's web address and file name.",
    missing: "Enter a short name for the web address",
    invalid: "The short name must use only lowercase letters, numbers and single hyphens, like dementia-care-basics",
    rules: { taken: "Another course already has this short name" },
  },
  title: {
    label: "Course title",
    hint: "As learners will see it.",
    missing: "Enter the course title",
    tooLong: "The course title must be {max} characters or fewer",
  },
  summary: {
    label: "Summary",
    hint: "One sentence, shown in listings and search results: 160 characters at most.",
    missing: "Enter a one-sentence summary",
    tooLong: "The summary must be {max} characters or fewer",
  },
  provider: {
    label: "Provider",
    hint: "The organisation that runs the course.",
    missing: "Select the provider that runs the course",
    invalid: "Select a provider from the list",
  },
  partners: { label: "Partners" },
  professions: {
    label: "Professions and staff groups",
    hint: "Who the course is open to. Select all that apply.",
    missing: "Select at least one profession or staff group",
    rules: {
      multiNeedsTwo: "Select at least 2 professions for learning where several professions learn side by side",
      interNeedsTwoGroups: "Select professions from at least 2 different groups for inter-professional learning",
    },
  },
  openToUnregisteredStaff: {
    label: "Open to staff without a professional registration",
    hint: "Such as support workers and healthcare assistants.",
  },
  learnerMix: {
    label: "Who learns together",
    hint: "Select all that apply.",
    missing: "Select who learns together",
    rules: { uniWithOthers: "“One profession” cannot be selected with learning across professions" },
  },
  workforceLevels: {
    label: "Workforce levels",
    hint: "Select all that apply.",
    missing: "Select at least one workforce level",
  },
  topics: { label: "Topics" },
  themes: {
    label: "Themes",
    hint: "How staff learn together on it. Select at least one.",
    missing: "Select at least one theme",
  },
  subThemes: { label: "Sub-themes" },
  integratedCareAreas: { label: "Areas of integrated care" },
  learningForms: {
    label: "Forms of learning",
    hint: "Select all that apply.",
    missing: "Select at least one form of learning",
  },
  learningOutcomes: {
    label: "Learning outcomes",
    hint: "What learners will be able to do by the end. Write each on its own line.",
    missing: "Enter at least one learning outcome",
    tooLong: "Each learning outcome must be {max} characters or fewer",
  },
  assessment: {
    label: "Assessment",
    hint: "How learning is assessed: the method, who marks it and how.",
    tooLong: "The assessment must be {max} characters or fewer",
    rules: { needed: "Enter how learning is assessed: courses that carry academic credit must say" },
  },
  qualityAssurance: {
    label: "Quality assurance",
    hint: "How the quality of the course is assured: moderation, external examining or evaluation.",
    tooLong: "The quality assurance must be {max} characters or fewer",
    rules: { needed: "Enter how the quality of the course is assured: credit-rated courses must say" },
  },
  entryRequirements: {
    label: "Entry requirements (optional)",
    hint: "What learners need before they start, such as registration or a prior module.",
    tooLong: "The entry requirements must be {max} characters or fewer",
  },
  serviceUserInvolvement: {
    label: "Service users and carers",
    missing: "Select how service users and carers take part, or “Not involved”",
  },
  evaluation: { label: "Evaluation" },
  trainingType: {
    label: "Statutory, mandatory or developmental (optional)",
    hint: "Statutory or mandatory training is required by law or by employers; developmental training is chosen to build skills.",
    invalid: "Select statutory or mandatory, or developmental",
  },
  creditStatus: {
    label: "Academic credit",
    hint: "Whether the course carries academic credit.",
    missing: "Select whether the course carries academic credit",
  },
  credits: {
    label: "Credits",
    rules: {
      needed: "Enter the credits the course carries",
      notWithoutCredit: "A course with no academic credit cannot list credits",
    },
  },
  awardingBody: {
    label: "Awarding university or college (optional)",
    hint: "Only if it is not the provider itself.",
    rules: {
      needed: "Select the university or college that awards the credit",
      cannotAward: "This organisation cannot award academic credit",
    },
  },
  qualification: { label: "Qualification (optional)" },
  notionalHours: {
    label: "Notional hours of learning",
    hint: "All the hours of study: taught, directed, self-directed and assessment. 10 for each CATS credit.",
    invalid: "Notional hours must be a number more than 0",
    rules: { tooFew: "Enter at least 10 notional hours of learning: courses that carry credit need them" },
  },
  cpdHours: {
    label: "CPD hours (optional)",
    hint: "Hours a learner can record as CPD.",
    invalid: "CPD hours must be a number more than 0",
  },
  participatoryHours: {
    label: "Participatory hours (optional)",
    invalid: "Participatory hours must be a number, 0 or more",
    rules: { moreThanCpd: "Participatory hours cannot be more than the CPD hours" },
  },
  creditRating: {
    label: "Credit rating",
    rules: { notWithoutCredit: "A course with no academic credit cannot have a credit rating" },
  },
  frameworkAlignment: { label: "Competence frameworks" },
  presentations: { label: "Runs" },
  contact: contactGroupWording,
  url: {
    label: "Course web page (optional)",
    hint: "The course's page on your website, starting https://",
    invalid: "Enter the web address of the course page, starting https://",
  },
  status: { label: "Status" },
  lastReviewed: {
    label: "Date last checked",
    missing: "Enter the date the entry was last checked",
    invalid: "The date last checked must be a real date",
  },
  reviewDue: {
    label: "Date to check again",
    missing: "Enter the date by which the entry must be checked again",
    invalid: "The date to check again must be a real date",
  },
  xcriImport: { label: "Import record" },
} as const satisfies Wordings<keyof typeof courseSchema.shape>;
