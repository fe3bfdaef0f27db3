import type { Term } from "./term.ts";

/**
 * What an evaluation of a course looks at, from the learner's first reaction to the difference it makes
 * to the people staff serve (the four levels evaluators use, after Kirkpatrick). The report asks providers
 * to show impact on team working and on service users (brief §3.2.8, §3.4), not only whether learners liked it.
 */
export const evaluationLevels = [
  {
    id: "reaction",
    label: "Learners' reaction",
    definition: "What learners thought of the course, usually asked at the end of it.",
    aliases: ["feedback forms", "happy sheets"],
  },
  {
    id: "learning",
    label: "Learning",
    definition:
      "What learners know or can do by the end, measured by a test, an assessment or a self-rating before and after.",
  },
  {
    id: "practice",
    label: "Change in practice",
    definition:
      "Whether learners, and the teams they work in, work differently afterwards: asked of them and their managers some weeks later.",
    aliases: ["behaviour change", "transfer to practice"],
  },
  {
    id: "impact",
    label: "Impact on service users and carers",
    definition:
      "Whether the people staff serve are better off: their experience, outcomes or safety, judged with them.",
    aliases: ["patient outcomes", "service user outcomes"],
  },
] as const satisfies readonly Term[];

/** Who takes part in evaluating a course. */
export const evaluationParticipants = [
  { id: "learners", label: "Learners", definition: "The staff who took the course." },
  { id: "managers", label: "Managers", definition: "Learners' line managers or team leaders." },
  {
    id: "colleagues",
    label: "Colleagues and teams",
    definition: "People who work with the learners, from any profession or agency.",
  },
  {
    id: "service-users-carers",
    label: "Service users and carers",
    definition: "People who use services, and their carers.",
  },
  {
    id: "independent-evaluator",
    label: "Independent evaluator",
    definition: "Someone outside the course team, such as a university research team.",
  },
] as const satisfies readonly Term[];

/** The search filter's value for a course with no evaluation on record, so a count never reads as "evaluated". */
export const noEvaluationPublished = {
  id: "not-published",
  label: "No evaluation published",
  definition: "The provider has not published how the course is evaluated.",
} as const satisfies Term;
