import { z } from "zod";
import { evaluationLevels, evaluationParticipants } from "../vocabularies/evaluation.ts";
import { calendarDate, plainText } from "./primitives.ts";
import { listOf } from "./vocabulary-fields.ts";
import type { Wordings } from "./field-wording.ts";

/**
 * How a course is evaluated, and what the latest evaluation found. The report warns that evidence that
 * learning together changes practice is thin (L934–942) and asks providers to record evaluation, including
 * its impact on team working and on service users (brief §3.2.8, §3.4).
 */
export const evaluationSchema = z.strictObject({
  /** What the evaluation looks at: learners' reaction, learning, change in practice, impact on service users and carers. */
  levels: listOf(evaluationLevels, 1),
  /** How the course is evaluated, such as "Questionnaire at the end; interviews with learners and managers 3 months later". */
  methods: plainText(600),
  /** Who takes part in the evaluation: learners, managers, colleagues, service users and carers, an independent evaluator. */
  participants: listOf(evaluationParticipants, 1),
  /** What the latest evaluation found, in a sentence or two. */
  findings: plainText(600).optional(),
  /** When the latest findings were reported (YYYY-MM-DD). Needed with findings. */
  findingsDate: calendarDate.optional(),
});

export type Evaluation = z.output<typeof evaluationSchema>;

/** How a course's evaluation is put to people. */
export const evaluationWording = {
  levels: {
    label: "What the evaluation looks at",
    hint: "Select all that apply.",
    missing: "Select what the evaluation looks at",
  },
  methods: {
    label: "How the course is evaluated",
    hint: "Such as “Questionnaire at the end; interviews with learners and their managers 3 months later”.",
    missing: "Enter how the course is evaluated",
    tooLong: "How the course is evaluated must be {max} characters or fewer",
  },
  participants: {
    label: "Who takes part in the evaluation",
    hint: "Select all that apply.",
    missing: "Select who takes part in the evaluation",
    rules: {
      serviceUsersNotInvolved:
        "Service users and carers take part in the evaluation, so select “Evaluating” for how service users and carers take part",
    },
  },
  findings: {
    label: "What the latest evaluation found (optional)",
    hint: "A sentence or two, such as “Three months on, 8 of 10 managers saw the team share care plans”.",
    tooLong: "What the latest evaluation found must be {max} characters or fewer",
    rules: { needsDate: "Enter the date the latest findings were reported" },
  },
  findingsDate: {
    label: "Date the findings were reported",
    invalid: "The date the findings were reported must be a real date",
    rules: {
      needsFindings: "Enter what the latest evaluation found, or remove its date",
      inFuture: "The date the findings were reported cannot be in the future",
    },
  },
} as const satisfies Wordings<keyof typeof evaluationSchema.shape>;
