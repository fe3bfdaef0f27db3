import type { Term } from "./term.ts";

/** When a course can next be started, relative to the day the site is built. */
export interface StartWindow extends Term {
  /** Months ahead the window ends (exclusive); absent for open-ended windows. */
  readonly withinMonths?: number;
}

/** Start windows for search filters (issue: next 3 months / 3–6 months / later / flexible). */
export const startWindows = [
  { id: "next-3-months", label: "In the next 3 months", definition: "A run starts within 3 months.", withinMonths: 3 },
  {
    id: "3-to-6-months",
    label: "In 3 to 6 months",
    definition: "A run starts between 3 and 6 months from now.",
    withinMonths: 6,
  },
  { id: "later", label: "Later", definition: "A run starts more than 6 months from now." },
  {
    id: "any-time",
    label: "Start at any time",
    definition: "On demand: self-study or e-learning you can start whenever suits you.",
  },
  {
    id: "not-announced",
    label: "No dates announced",
    definition: "The provider has not announced the next dates yet.",
  },
] as const satisfies readonly StartWindow[];

export type StartWindowId = (typeof startWindows)[number]["id"];
