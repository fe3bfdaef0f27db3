/** A date as the form's three boxes hold it (GOV.UK date input). */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/**
 * The date three boxes spell, written as the entry keeps it (2027-05-12), or undefined when all
 * three are empty. A part that is not a number, or a year without four digits, is passed on as
 * typed so the validator refuses it with the field's own words ("… must be a real date").
 */
export function dateFromParts({ day, month, year }: DateParts): string | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return undefined;
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y))
    return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return `${y || "?"}-${m || "?"}-${d || "?"}`;
}

/** The three boxes for a date the entry keeps as 2027-05-12 (used to restore a draft, and in tests). */
export function partsOfDate(date: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return { day: "", month: "", year: "" };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}
