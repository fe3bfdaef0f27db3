import type { Term } from "./term.ts";

/**
 * The report's six themes for integrated working (Shaping the Future, L3029–3034),
 * from Howarth et al.'s systematic review. A course may carry several.
 */
export const themes = [
  {
    id: "team-working",
    label: "Team working",
    definition: "Working well as one team across professions and agencies: shared rules, values and problem solving.",
  },
  {
    id: "communication",
    label: "Communication",
    definition:
      "Sharing information across teams and organisations: meetings, plans, records, IT systems and a common language.",
  },
  {
    id: "role-awareness",
    label: "Role awareness",
    definition: "Understanding what other professions and agencies do, and learning from them.",
  },
  {
    id: "personal-professional-development",
    label: "Personal and professional development",
    definition: "Life-long learning, competence standards, training needs analysis and development of new roles.",
  },
  {
    id: "practice-development-leadership",
    label: "Practice development and leadership",
    definition:
      "Leading and managing change in practice, development reviews and preparing staff for new ways of working.",
  },
  {
    id: "partnership-working",
    label: "Partnership working",
    definition:
      "Working with other organisations, service users and carers towards a shared vision for local services.",
  },
] as const satisfies readonly Term[];

export type ThemeId = (typeof themes)[number]["id"];
