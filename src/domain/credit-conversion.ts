import { creditSchemes, termById } from "./vocabularies/index.ts";

/** One amount of learning in every unit the UK uses. */
export interface CreditAmounts {
  readonly hours: number;
  readonly cats: number;
  readonly ects: number;
  readonly scqf: number;
}

export type CreditUnit = keyof CreditAmounts;

const hoursPer = {
  hours: 1,
  cats: termById(creditSchemes, "CATS").hoursPerCredit,
  ects: termById(creditSchemes, "ECTS").hoursPerCredit,
  scqf: termById(creditSchemes, "SCQF").hoursPerCredit,
} as const;

/**
 * Converts an amount in one unit to all of them (10 notional hours per CATS or
 * SCQF credit; 2 CATS = 1 ECTS). Credit is only earned for complete learning,
 * so converting hours rounds credits down: whole CATS and SCQF credits, and
 * ECTS to the half credit.
 */
export function convertCredit(amount: number, unit: CreditUnit): CreditAmounts {
  const hours = amount * hoursPer[unit];
  const whole = (value: number) => Math.floor(value + 1e-9);
  return {
    hours,
    cats: unit === "cats" ? amount : unit === "scqf" ? amount : whole(hours / hoursPer.cats),
    scqf: unit === "scqf" ? amount : unit === "cats" ? amount : whole(hours / hoursPer.scqf),
    ects: unit === "ects" ? amount : whole((hours / hoursPer.ects) * 2) / 2,
  };
}

/** Amounts shown in the calculator's table, from a short CPD session to a full-time year. */
export const commonHours = [10, 20, 50, 100, 150, 200, 300, 400, 600, 1200] as const;
