import { z } from "zod";
import { isIsoDate } from "../dates.ts";
import { isUkPostcode, normalisePostcode, repairedPostcode } from "../places/postcodes.ts";

/** Lowercase words joined by single hyphens: stable, URL-safe, used for ids and filenames. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id or a reference to one: lowercase letters, digits and hyphens. */
export const entryId = z
  .string()
  .max(80, "Keep ids to 80 characters or fewer")
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens only, like 'north-lakes-university'");

/** A web address that must use https. */
export const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: "Expected a full web address starting with https://",
});

/** An email address. */
export const emailAddress = z.email({ error: "Expected an email address, like 'cpd@example.ac.uk'" });

/** Plain, single-paragraph text with no leading or trailing space. */
export const plainText = (max: number) =>
  z.string().trim().min(1, "This must not be empty").max(max, `Keep this to ${max} characters or fewer`);

/**
 * A calendar date written YYYY-MM-DD. YAML reads an unquoted date as a Date
 * and a quoted one as text; both become the same "YYYY-MM-DD" string so dates
 * compare, print and serialise without time-zone surprises.
 */
export const calendarDate = z
  .union([z.date(), z.string()], { error: "Expected a date written as YYYY-MM-DD" })
  .transform((value, ctx) => {
    const text =
      value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10)) : value;
    if (!isIsoDate(text)) {
      ctx.addIssue({
        code: "custom",
        message: "Expected a real date written as YYYY-MM-DD, like 2027-03-15",
        params: { fix: "Write the year, month and day with hyphens, and check the day exists" },
      });
      return z.NEVER;
    }
    return text;
  })
  // Declares the output as an ISO date string, so published JSON Schemas describe it.
  .pipe(z.iso.date());

/** HH:MM on the 24-hour clock, hours 00 to 23 and minutes 00 to 59. */
export const TIME_OF_DAY_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * A time of day in the UK, written HH:MM on the 24-hour clock, such as "09:30" or
 * "18:00". YAML reads an unquoted 09:30 as text, so quotes are optional.
 */
export const timeOfDay = z
  .string({ error: "Expected a time written as HH:MM on the 24-hour clock, like 09:30 or 18:00" })
  .regex(TIME_OF_DAY_PATTERN, "Expected a real time written as HH:MM on the 24-hour clock, like 09:30 or 18:00");

/** A UK postcode as Royal Mail writes it: capitals, one space before the last three characters. */
const NORMALISED_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;

/**
 * A UK postcode, such as "M15 6BH": any case and spacing is accepted ("m156bh") and kept as Royal
 * Mail writes it. Whether the text is a postcode is the `postcode` package's judgement.
 */
export const ukPostcode = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    if (isUkPostcode(text)) return;
    const repaired = repairedPostcode(text);
    ctx.addIssue({
      code: "custom",
      message: `The postcode "${text}" is not a UK postcode`,
      params: {
        fix: repaired
          ? `Did you mean "${repaired}"? Check the letters O and I against the digits 0 and 1`
          : "Enter the full postcode, such as BL1 1AA",
      },
    });
  })
  .transform((text) => normalisePostcode(text) ?? text)
  // Declares the output's shape, so published JSON Schemas describe it.
  .pipe(z.string().regex(NORMALISED_POSTCODE));

/** A UK telephone number written as dialled in the UK, like "0161 496 0000": digits, spaces, brackets, + and -. */
export const ukPhoneNumber = z
  .string()
  .regex(/^[0-9 +()-]{7,20}$/, "Expected a phone number of digits and spaces, like '0161 496 0000'");

/**
 * Postal address lines before the town and postcode, such as ["Moorside Education Centre", "12 Chorley New Road"]:
 * XCRI-CAP feeds need them, and aggregators reject a place without one.
 */
export const addressLines = z
  .array(plainText(100))
  .min(1, "Give at least one address line, such as the building and street")
  .max(4, "Give at most four address lines; the town and postcode have fields of their own");
