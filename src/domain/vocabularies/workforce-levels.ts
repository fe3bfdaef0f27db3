import type { Term } from "./term.ts";

/** The report's three levels of management responsibility (L1723–1763). */
export const workforceLevels = [
  {
    id: "micro",
    label: "Front line (micro)",
    definition: "The 'shop floor': practitioners, support workers, students, carers and service users.",
  },
  {
    id: "meso",
    label: "Team and service managers (meso)",
    definition: "The 'translators' who turn strategy into practice: professional heads and managers.",
  },
  {
    id: "macro",
    label: "Strategic leaders (macro)",
    definition:
      "Those charged with strategic management and decisions: directors, professional leads and board members.",
  },
] as const satisfies readonly Term[];

export type WorkforceLevelId = (typeof workforceLevels)[number]["id"];
