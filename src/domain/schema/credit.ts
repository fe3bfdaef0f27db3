import { z } from "zod";
import { creditSchemes } from "../vocabularies/index.ts";
import { calendarDate, entryId, plainText } from "./primitives.ts";
import { oneOf } from "./vocabulary-fields.ts";

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
