import type { Term } from "./term.ts";

/** A credit scheme, with the levels it allows and the notional hours one credit stands for. */
export interface CreditScheme extends Term {
  /** Lowest level a value in this scheme may carry. */
  readonly minLevel: number;
  /** Highest level a value in this scheme may carry. */
  readonly maxLevel: number;
  /** Notional hours of learning one credit of this scheme represents. */
  readonly hoursPerCredit: number;
}

/**
 * UK credit schemes (reference §4.4). CATS and ECTS levels are FHEQ levels
 * (3–8, level 3 as in the SEEC descriptors); SCQF has its own 12 levels.
 */
export const creditSchemes = [
  {
    id: "CATS",
    label: "CATS credits",
    definition:
      "UK credit: 1 credit = 10 notional hours of learning; a full-time year is 120 credits. Levels are FHEQ levels 3 to 8.",
    minLevel: 3,
    maxLevel: 8,
    hoursPerCredit: 10,
  },
  {
    id: "ECTS",
    label: "ECTS credits",
    definition: "European credit: 1 ECTS = 2 CATS credits = 20 notional hours. Levels are FHEQ levels 3 to 8.",
    minLevel: 3,
    maxLevel: 8,
    hoursPerCredit: 20,
  },
  {
    id: "SCQF",
    label: "SCQF credit points",
    definition: "Scottish credit: 1 point = 10 notional hours, on SCQF levels 1 to 12.",
    minLevel: 1,
    maxLevel: 12,
    hoursPerCredit: 10,
  },
] as const satisfies readonly CreditScheme[];

export type CreditSchemeId = (typeof creditSchemes)[number]["id"];
