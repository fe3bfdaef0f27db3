import { z } from "zod";
import { creditSchemes } from "../vocabularies/index.ts";
import { calendarDate, entryId, plainText } from "./primitives.ts";
import { oneOf } from "./vocabulary-fields.ts";
import type { Wordings } from "./field-wording.ts";

/** One credit value: so many credits, in a scheme, at a level. */
export const creditValueSchema = z.strictObject({
  /** Credit scheme: CATS (UK), ECTS (European) or SCQF (Scottish). */
  scheme: oneOf(creditSchemes),
  /** Level: FHEQ level 3–8 for CATS and ECTS, SCQF level 1–12 for SCQF. */
  level: z.number({ error: "Expected a level number, like 6" }).int("Expected a whole-number level"),
  /** Number of credits (may be fractional for ECTS, such as 7.5). */
  value: z.number({ error: "Expected a number of credits, like 20" }).positive("Credits must be more than 0"),
});

export type CreditValue = z.output<typeof creditValueSchema>;

/**
 * Who credit rated an in-house course, or who has been asked to. A
 * credit-rated course needs ratedBy, ratedOn, reviewDue and reference;
 * a rating-pending course needs requestedFrom.
 */
export const creditRatingSchema = z.strictObject({
  /** Id of the university (provider) that rated the course. */
  ratedBy: entryId.optional(),
  /** Date the rating was confirmed (YYYY-MM-DD). */
  ratedOn: calendarDate.optional(),
  /** Date the rating must be reviewed by (YYYY-MM-DD); after it the rating lapses. */
  reviewDue: calendarDate.optional(),
  /** The rating university's reference for the decision. */
  reference: plainText(60).optional(),
  /** Id of the university (provider) asked to rate the course, while pending. */
  requestedFrom: entryId.optional(),
  /** Date the rating was requested (YYYY-MM-DD). */
  requestedOn: calendarDate.optional(),
});

export type CreditRating = z.output<typeof creditRatingSchema>;

/** How a credit value is put to people. */
export const creditValueWording = {
  scheme: {
    label: "Credit scheme",
    hint: "CATS in England, Wales and Northern Ireland; SCQF in Scotland; ECTS in Europe.",
    missing: "Select the credit scheme",
  },
  value: {
    label: "Number of credits",
    hint: "For example, 20, or 7.5 for ECTS.",
    missing: "Enter the number of credits, like 20",
    invalid: "The number of credits must be a number more than 0",
  },
  level: {
    label: "Level",
    hint: "FHEQ level 3 to 8 for CATS and ECTS; SCQF level 1 to 12 for SCQF.",
    missing: "Enter the level of the credits, like 6",
    invalid: "The level must be a whole number, like 6",
    rules: { outOfRange: "The level must be {min} to {max} for this credit scheme" },
  },
} as const satisfies Wordings<keyof typeof creditValueSchema.shape>;

/** How a credit rating is put to people. */
export const creditRatingWording = {
  ratedBy: {
    label: "University that rated it",
    missing: "Select the university that credit rated the course",
    rules: { notUniversity: "Only a university can credit rate a course" },
  },
  ratedOn: {
    label: "Date rated",
    hint: "As on the rating letter. For example, 14 1 2027",
    missing: "Enter the date the course was credit rated",
    invalid: "The date rated must be a real date",
  },
  reviewDue: {
    label: "Rating review date",
    hint: "The date by which the university must review the rating. For example, 14 1 2030",
    missing: "Enter the date the rating must be reviewed by",
    invalid: "The rating review date must be a real date",
    rules: { notAfterRating: "The rating review date must be after the date rated" },
  },
  reference: {
    label: "Rating reference",
    hint: "The university's reference on the rating letter.",
    missing: "Enter the university's reference for the rating",
    tooLong: "The rating reference must be {max} characters or fewer",
  },
  requestedFrom: {
    label: "University asked to rate it",
    missing: "Select the university you asked to credit rate the course",
  },
  requestedOn: {
    label: "Date requested (optional)",
    hint: "For example, 3 9 2026",
    invalid: "The date requested must be a real date",
  },
} as const satisfies Wordings<keyof typeof creditRatingSchema.shape>;
