import type { Term } from "./term.ts";

/** Whether a learner pays for a run: free, paid with funding on offer, or a fee with none named. */
export const fundingTerms = [
  { id: "free", label: "Free", definition: "No fee to the learner or employer." },
  {
    id: "funded",
    label: "Funding available",
    definition: "There is a fee, and the run names funding that can pay it, such as a bursary or employer funding.",
  },
  { id: "fee", label: "Fee, no funding named", definition: "There is a fee, and the run names no funding for it." },
] as const satisfies readonly Term[];
