export type CostResult = { ok: true; amount: number; description?: string } | { ok: false; reason: string };

/** A sum in pounds as feeds write it: "£350", "GBP6,000", "0.0000", "350.00". */
const AMOUNT = /(?:£|GBP\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/gi;
/** Other currencies we cannot list (our costs are in pounds only). */
const OTHER_CURRENCY = /€|\$|\bEUR\b|\bUSD\b/i;
const FREE = /^(?:free|free of charge|no charge|nil|none)\.?$/i;

/**
 * Reads an mlo:cost. A single sum becomes the amount, keeping any words
 * around it ("per stage") as the description; "free" is 0. Several sums
 * ("UK fee: GBP155; Ireland fee: GBP340") or none are left for a person.
 */
export function readCost(text: string): CostResult {
  const written = text.trim();
  if (FREE.test(written)) return { ok: true, amount: 0 };
  if (OTHER_CURRENCY.test(written)) return { ok: false, reason: "the cost is not in pounds sterling" };
  const sums = [...written.matchAll(AMOUNT)];
  if (sums.length === 0) return { ok: false, reason: "no sum of money in the text" };
  if (sums.length > 1) return { ok: false, reason: "several sums; choose the one that applies to our learners" };
  const [match] = sums;
  const amount = Number(`${match![1]!.replace(/,/g, "")}.${match![2] ?? "0"}`);
  const rest = written
    .replace(match![0], "")
    .replace(/[\s:;,.-]+/g, " ")
    .trim();
  return rest ? { ok: true, amount, description: written.slice(0, 200) } : { ok: true, amount };
}
