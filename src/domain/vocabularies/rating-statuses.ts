import type { Term } from "./term.ts";

/** Where a credit rating stands on a given day. Always worked out from the dates, never typed. */
export const ratingStatuses = [
  { id: "current", label: "Current", definition: "The rating is in force and not due for review in the next 90 days." },
  {
    id: "review-due",
    label: "Review due soon",
    definition: "The rating is in force but must be reviewed within 90 days.",
  },
  {
    id: "lapsed",
    label: "Lapsed",
    definition: "The review date has passed without a renewed rating, so the course no longer carries the credit.",
  },
  {
    id: "pending",
    label: "Pending",
    definition: "The provider has asked a university to rate the course; no decision yet.",
  },
] as const satisfies readonly Term[];

export type RatingStatusId = (typeof ratingStatuses)[number]["id"];
