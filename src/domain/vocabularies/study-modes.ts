import type { XcriTerm } from "./xcri-term.ts";

/** How much of the learner's time a run takes (XCRI-CAP 1.2 studyMode). */
export const studyModes = [
  {
    id: "full-time",
    xcriCode: "FT",
    xcriCaption: "Full time",
    label: "Full time",
    definition: "The course is the learner's main activity while it runs.",
  },
  {
    id: "part-time",
    xcriCode: "PT",
    xcriCaption: "Part time",
    label: "Part time",
    definition: "The course is not the learner's main activity; it fits around work.",
  },
  {
    id: "part-of-full-time",
    xcriCode: "PF",
    xcriCaption: "Part of a full time programme",
    label: "Part of a full-time programme",
    definition: "A component of a set of courses that together are the learner's main activity.",
  },
  {
    id: "flexible",
    xcriCode: "FL",
    xcriCaption: "Flexible",
    label: "Flexible",
    definition: "Can be taken full time or part time, as suits the learner.",
  },
] as const satisfies readonly XcriTerm[];

export type StudyModeId = (typeof studyModes)[number]["id"];
