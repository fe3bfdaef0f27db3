import type { Term } from "./term.ts";

/** What a partner contributes to a joint-enterprise course (report L186–193). */
export const partnerRoles = [
  { id: "planning", label: "Planning", definition: "Helps plan or design the course." },
  { id: "delivering", label: "Delivering", definition: "Teaches or hosts sessions." },
  { id: "evaluating", label: "Evaluating", definition: "Helps evaluate the course." },
  { id: "funding", label: "Funding", definition: "Pays for or commissions the course." },
] as const satisfies readonly Term[];

export type PartnerRoleId = (typeof partnerRoles)[number]["id"];
