import { utcMidnight } from "./dates.ts";

// One formatter for every date: toLocaleDateString builds a new one per call, which cost a
// 10,000-course build about 30 seconds.
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Dates already formatted: a catalogue has a few thousand distinct dates, each shown on many pages. */
const formatted = new Map<string, string>();

/** Formats "2027-03-15" as "15 March 2027", GOV.UK style. */
export function formatDate(isoDate: string): string {
  let text = formatted.get(isoDate);
  if (text === undefined) formatted.set(isoDate, (text = longDate.format(utcMidnight(isoDate))));
  return text;
}

const pounds = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
});

/** Formats a fee in pounds; 0 reads as "Free". */
export function formatCost(amount: number): string {
  return amount === 0 ? "Free" : pounds.format(amount);
}

/**
 * A run's cost as lines to show: the fee, then the provider's note about it. A note that starts with
 * the fee already ("Free to trust staff", "£120 including lunch") is shown alone, so the fee is never
 * said twice ("Free Free").
 */
export function costLines(cost: { readonly amount: number; readonly description?: string | undefined }): string[] {
  const fee = formatCost(cost.amount);
  const note = cost.description?.trim();
  if (!note) return [fee];
  const saysFee =
    note.toLowerCase().startsWith(fee.toLowerCase()) && !/^(?:[\p{L}\p{N}]|[.,]\d)/u.test(note.slice(fee.length));
  return saysFee ? [note] : [fee, note];
}
