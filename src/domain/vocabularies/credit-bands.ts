import type { Term } from "./term.ts";

/** A range of credit volume, in CATS credits (10 notional hours each). */
export interface CreditBand extends Term {
  readonly min: number;
  readonly max?: number;
}

/** Sizes of credit, for filtering: from a short CPD unit to a whole award. */
export const creditBands = [
  {
    id: "up-to-10",
    label: "Up to 10 credits",
    definition: "Up to 100 hours of learning: a short CPD unit.",
    min: 0,
    max: 10,
  },
  {
    id: "11-to-30",
    label: "11 to 30 credits",
    definition: "Up to 300 hours of learning: a typical module.",
    min: 10.01,
    max: 30,
  },
  {
    id: "31-to-60",
    label: "31 to 60 credits",
    definition: "Up to 600 hours: a large module or a postgraduate certificate.",
    min: 30.01,
    max: 60,
  },
  {
    id: "over-60",
    label: "Over 60 credits",
    definition: "More than 600 hours: a diploma, degree or other award.",
    min: 60.01,
  },
] as const satisfies readonly CreditBand[];

/** The band a number of CATS credits falls in. */
export function creditBandOf(catsCredits: number): CreditBand {
  return (
    (creditBands as readonly CreditBand[]).find(
      (b) => catsCredits >= b.min && (b.max === undefined || catsCredits <= b.max),
    ) ?? creditBands[0]
  );
}
