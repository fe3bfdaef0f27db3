import type { Term } from "./term.ts";

/**
 * Who may join, as far as registration goes: the report's equity question (brief §3.3) is what is
 * open to staff without a professional registration, such as support workers.
 */
export const accessTerms = [
  {
    id: "unregistered-staff",
    label: "Open to staff without registration",
    definition: "Support workers, healthcare assistants and other staff without a professional registration may join.",
    aliases: ["unregistered staff", "without registration"],
  },
  {
    id: "registered-only",
    label: "Registered professionals only",
    definition: "Only staff with a professional registration, such as nurses or social workers, may join.",
  },
] as const satisfies readonly Term[];
