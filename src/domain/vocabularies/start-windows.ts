import type { Term } from "./term.ts";

/** When a course can next be started, relative to the day the site is built. */
export interface StartWindow extends Term {
  /**
   * What puts a course in the window: a run with a start date ("dated"), a run
   * that can start at any time ("on-demand"), or no run a learner can join ("none").
   */
  readonly kind: "dated" | "on-demand" | "none";
  /**
   * For dated windows, whole months ahead the window ends (exclusive): a run
   * falls in the first window whose limit is above its months ahead. The dated
   * window without a limit takes every run beyond the others.
   */
  readonly withinMonths?: number;
}

/** When a learner could next start a course: the search filter "When it starts" and the home page's "Starting soon". */
export const startWindows = [
  {
    id: "next-3-months",
    label: "In the next 3 months",
    definition: "A run starts within 3 months.",
    kind: "dated",
    withinMonths: 3,
  },
  {
    id: "3-to-6-months",
    label: "In 3 to 6 months",
    definition: "A run starts between 3 and 6 months from now.",
    kind: "dated",
    withinMonths: 6,
  },
  { id: "later", label: "Later", definition: "A run starts 6 months or more from now.", kind: "dated" },
  {
    id: "any-time",
    label: "Start at any time",
    definition: "On demand: self-study or e-learning you can start whenever suits you.",
    kind: "on-demand",
  },
  {
    id: "not-announced",
    label: "No dates announced",
    definition: "The provider has not announced the next dates yet, or every run has already started.",
    kind: "none",
  },
] as const satisfies readonly StartWindow[];

export type StartWindowId = (typeof startWindows)[number]["id"];
