import type { Term } from "./term.ts";

/** Whether, and how, a course carries academic credit (reference §5). */
export const creditStatuses = [
  {
    id: "accredited",
    label: "University accredited",
    definition: "A university module or award: passing it gives academic credit from the awarding body.",
  },
  {
    id: "credit-rated",
    label: "Credit rated",
    definition:
      "An in-house or partner course whose level and credit a named university has judged and confirmed in writing.",
  },
  {
    id: "rating-pending",
    label: "Credit rating requested",
    definition: "The provider has asked a named university to credit rate the course; no decision yet.",
  },
  {
    id: "not-credit-rated",
    label: "No academic credit",
    definition: "The course does not carry academic credit. It may still count towards your CPD hours.",
  },
] as const satisfies readonly Term[];

export type CreditStatusId = (typeof creditStatuses)[number]["id"];
