import type { Term } from "./term.ts";

/**
 * Whether a course is training staff must have or training they choose to develop. The report contrasts
 * the two (brief §3.3): commissioners ask how much of the provision is statutory or mandatory.
 */
export const trainingTypes = [
  {
    id: "statutory-mandatory",
    label: "Statutory or mandatory",
    definition:
      "Training the law requires (statutory, such as safeguarding or moving and handling) or an employer requires of everyone in a role (mandatory), usually repeated every year or few years.",
    aliases: ["mandatory training", "statutory training", "stat and mand"],
  },
  {
    id: "developmental",
    label: "Developmental",
    definition:
      "Training staff choose, or are put forward for, to build their knowledge and skills beyond what their role requires.",
  },
] as const satisfies readonly Term[];

/** The search filter's value for a course whose provider has not said which type it is. */
export const trainingTypeNotStated = {
  id: "not-stated",
  label: "Not stated",
  definition: "The provider has not said whether it is statutory or mandatory training.",
} as const satisfies Term;
