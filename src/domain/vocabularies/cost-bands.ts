import type { Term } from "./term.ts";

/** A range of fees, for filtering by cost. */
export interface CostBand extends Term {
  /** Lowest fee in the band, in pounds (inclusive). */
  readonly min: number;
  /** Highest fee in the band, in pounds (inclusive); absent for the top band. */
  readonly max?: number;
}

/** Cost bands used by search filters (issue: free / under £100 / £100–£500 / over £500). */
export const costBands = [
  { id: "free", label: "Free", definition: "No fee to the learner or employer.", min: 0, max: 0 },
  { id: "under-100", label: "Under £100", definition: "A fee of less than £100.", min: 0.01, max: 99.99 },
  { id: "100-to-500", label: "£100 to £500", definition: "A fee from £100 to £500.", min: 100, max: 500 },
  { id: "over-500", label: "Over £500", definition: "A fee of more than £500.", min: 500.01 },
] as const satisfies readonly CostBand[];

/** The band a fee falls in. */
export function costBandOf(amount: number): CostBand {
  const band = (costBands as readonly CostBand[]).find(
    (b) => amount >= b.min && (b.max === undefined || amount <= b.max),
  );
  // Fees between bands (such as £99.995) round into the band above.
  return band ?? (costBands as readonly CostBand[]).find((b) => amount < b.min)!;
}
