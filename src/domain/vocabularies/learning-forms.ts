import type { Term } from "./term.ts";

/** Forms of learning: the report's Q16/Q17 list (L9182–9203) plus common formats it names. */
export const learningForms = [
  { id: "team-briefing", label: "Team briefing", definition: "Learning in a team briefing meeting." },
  {
    id: "away-day-own-organisation",
    label: "Away day (own organisation)",
    definition: "A training day away from work for staff of one organisation.",
  },
  {
    id: "away-day-multi-agency",
    label: "Away day (several organisations)",
    definition: "A training day away from work for staff of several organisations together.",
  },
  {
    id: "in-house-own-organisation",
    label: "In-house training (own organisation)",
    definition: "Training run by an employer for its own staff.",
  },
  {
    id: "in-house-multi-agency",
    label: "In-house training (several organisations)",
    definition: "Training run by employers for staff of several organisations together.",
  },
  { id: "self-study", label: "Self study", definition: "Learning on your own from a pack, book or online materials." },
  {
    id: "university-or-college-course",
    label: "University or college course",
    definition: "A course or module run by a university or college.",
  },
  {
    id: "practice-based-learning",
    label: "Practice-based learning",
    definition: "Learning through real work in practice, such as a project, placement or shadowing.",
  },
  { id: "e-learning", label: "E-learning", definition: "A structured online course taken at your own pace." },
  {
    id: "action-learning-set",
    label: "Action learning set",
    definition: "A small group that meets regularly to work on members' real problems.",
  },
  {
    id: "supervision",
    label: "Supervision",
    definition: "Clinical, group or joint supervision that supports reflective learning.",
  },
  { id: "conference", label: "Conference or event", definition: "A conference, seminar or learning event." },
] as const satisfies readonly Term[];

export type LearningFormId = (typeof learningForms)[number]["id"];
