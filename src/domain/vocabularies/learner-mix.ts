import type { Term } from "./term.ts";

/**
 * Who learns together. The report found these words used loosely (L6475–6480),
 * so each is defined here and shown wherever it is used.
 */
export const learnerMixes = [
  {
    id: "uni-professional",
    label: "One profession",
    definition: "Uni-professional: learners from a single profession learn together.",
  },
  {
    id: "multi-professional",
    label: "Several professions side by side",
    definition:
      "Multi-professional (or multi-disciplinary): learners from two or more professions learn side by side, without necessarily learning from each other.",
    aliases: ["multidisciplinary", "multi-disciplinary", "MDT"],
  },
  {
    id: "inter-professional",
    // The one name for it, on badges, filters and pages alike: the word the sector uses, defined beside it.
    label: "Inter-professional",
    definition:
      "Two or more professions learn with, from and about each other to improve collaboration and care (CAIPE). Not merely 'open to all'.",
    aliases: [
      "IPE",
      "IPL",
      "interprofessional",
      "interdisciplinary",
      "inter-professional education",
      "inter-professional learning",
    ],
  },
  {
    id: "multi-agency",
    label: "Several organisations",
    definition:
      "Multi-agency: staff from two or more organisations, such as the NHS, a council and a charity, learn together.",
    aliases: ["inter-agency", "interagency"],
  },
] as const satisfies readonly Term[];

export type LearnerMixId = (typeof learnerMixes)[number]["id"];
