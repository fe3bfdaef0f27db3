import { z } from "zod";
import { creditValueSchema } from "./credit.ts";
import { entryId, httpsUrl, plainText } from "./primitives.ts";
import type { Wordings } from "./field-wording.ts";

/** One course that counts toward an award, and the credits it brings to it. */
export const pathwayStepSchema = z.strictObject({
  /** Id of the course (the course file's name without `.md`). */
  course: entryId,
  /** Credits this course counts for toward the award, in the award's credit scheme: at most the course's own credits. */
  credits: z.number({ error: "Expected a number of credits, like 20" }).positive("Credits must be more than 0"),
  /** True when every learner must pass this course to gain the award; leave out for a course learners may choose. */
  required: z.boolean().default(false),
});

export type PathwayStep = z.output<typeof pathwayStepSchema>;

/**
 * A pathway entry's front matter (`content/pathways/<id>.md`): an award, such as a postgraduate
 * certificate, that learners build up course by course, and the courses that count toward it.
 * Learners can step on with any course and step off with the credits they have. The Markdown
 * body below it says more about the award.
 */
export const pathwaySchema = z.strictObject({
  /** Stable id; must equal the file name without `.md`, and names the pathway's page, `/pathways/<id>/`. */
  id: entryId,
  /** The award's full title, such as "PG Certificate in Integrated Practice". */
  title: plainText(150),
  /** One-sentence summary shown on course pages and in the list of pathways (160 characters at most). */
  summary: plainText(160),
  /** Id of the provider that awards it: a university, or a provider with `awardingPowers: true`. */
  awardingBody: entryId,
  /** The credit the award needs: its scheme, its level (FHEQ level 3–8, or SCQF 1–12) and the total credits. */
  award: creditValueSchema,
  /** The courses that count toward the award, each with its credits, in the order learners usually take them. */
  steps: z.array(pathwayStepSchema).min(1, "List at least one course that counts toward the award"),
  /** How to step on: how a learner joins the pathway and has credit they already hold counted. */
  steppingOn: plainText(400).optional(),
  /** What a learner who steps off before the award keeps, such as a transcript of the credits passed. */
  steppingOff: plainText(400).optional(),
  /** The awarding body's own page for the award. */
  url: httpsUrl.optional(),
});

/** A pathway's validated front matter. */
export type Pathway = z.output<typeof pathwaySchema>;

/** How a pathway's fields are put to people, in plain English. */
export const pathwayWording = {
  id: {
    label: "Pathway id",
    hint: "Lowercase words joined by hyphens, such as pg-cert-integrated-practice. The file name must match.",
    missing: "Enter the pathway's id",
  },
  title: {
    label: "Award title",
    hint: "The award's full title, such as PG Certificate in Integrated Practice.",
    missing: "Enter the award's title",
    tooLong: "The award title must be {max} characters or fewer",
  },
  summary: {
    label: "Summary",
    hint: "One sentence about the award, shown on the pages of the courses that count toward it.",
    missing: "Enter a one-sentence summary of the award",
    tooLong: "The summary must be {max} characters or fewer",
  },
  awardingBody: {
    label: "Awarding body",
    hint: "The id of the university or college that makes the award.",
    missing: "Enter the id of the provider that makes the award",
    rules: {
      unknown: "No provider has the id {id}",
      cannotAward: "The awarding body must be able to award academic credit",
    },
  },
  award: {
    label: "Credit the award needs",
    hint: "The credit scheme, the level of the award and the total credits, such as 60 CATS credits at level 7.",
    missing: "Enter the credit the award needs: its scheme, level and total credits",
    rules: {
      outOfRange: "The award's level must be {min} to {max} for this credit scheme",
      notEnough: "The courses on this pathway add up to {sum} credits, but the award needs {total}",
      requiredTooMany: "The required courses add up to {sum} credits, more than the award's {total}",
    },
  },
  steps: {
    label: "Courses that count toward the award",
    hint: "Each course's id and the credits it counts for.",
    missing: "List at least one course that counts toward the award",
  },
  steppingOn: {
    label: "How to step on (optional)",
    hint: "How a learner joins the pathway, and whether credit they already hold can count.",
    tooLong: "How to step on must be {max} characters or fewer",
  },
  steppingOff: {
    label: "What learners keep if they step off (optional)",
    hint: "For example, a transcript of the credits they have passed.",
    tooLong: "What learners keep must be {max} characters or fewer",
  },
  url: {
    label: "Award page (optional)",
    hint: "The awarding body's own page for the award, starting https://",
    invalid: "The award page must be a web address starting https://",
  },
} as const satisfies Wordings<keyof typeof pathwaySchema.shape>;

/** How a pathway step's fields are put to people. */
export const pathwayStepWording = {
  course: {
    label: "Course",
    hint: "The course's id: its file name without .md.",
    missing: "Enter the id of the course",
    rules: {
      unknown: "No course has the id {id}",
      twice: "The course {id} is on this pathway twice",
      withdrawn: "The course {id} has been withdrawn",
      lapsed: "The credit rating of the course {id} has lapsed",
    },
  },
  credits: {
    label: "Credits toward the award",
    hint: "In the award's credit scheme; no more than the course's own credits.",
    missing: "Enter the credits the course counts for toward the award",
    invalid: "The credits must be a number more than 0",
    rules: {
      noCredit: "The course {id} has no credits to count toward the award",
      moreThanCourse: "This step counts for {step} credits, but the course {id} carries {own}",
      levelBelow: "The course {id} is at level {level}, more than one level below the award's level {award}",
    },
  },
  required: {
    label: "Required",
    hint: "Yes when every learner must pass this course to gain the award.",
  },
} as const satisfies Wordings<keyof typeof pathwayStepSchema.shape>;
