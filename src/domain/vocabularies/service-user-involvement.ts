import type { Term } from "./term.ts";

/** A way service users and carers take part. */
export interface ServiceUserInvolvementMode extends Term {
  /**
   * Whether this way counts as "service users and carers involved": helping to plan,
   * deliver or evaluate the training, the report's measure (L165–169). Learning
   * alongside staff or being consulted as a representative is recorded but does not count.
   */
  readonly countsAsInvolvement: boolean;
}

/** How service users and carers take part in a course (report Q24, L9281–9295), plus "none". */
export const serviceUserInvolvementModes = [
  {
    id: "planning",
    label: "Planning",
    definition: "Service users or carers help plan or design the course.",
    countsAsInvolvement: true,
  },
  {
    id: "delivering",
    label: "Delivering",
    definition: "Service users or carers teach or co-deliver sessions.",
    countsAsInvolvement: true,
  },
  {
    id: "evaluating",
    label: "Evaluating",
    definition: "Service users or carers help judge how well the course worked.",
    countsAsInvolvement: true,
  },
  {
    id: "participant-learner",
    label: "Learning alongside staff",
    definition: "Service users or carers take part as learners with staff.",
    countsAsInvolvement: false,
  },
  {
    id: "special-interest-representative",
    label: "Representing a special interest",
    definition: "People representing a patient group or special interest are consulted.",
    countsAsInvolvement: false,
  },
  {
    id: "none",
    label: "Not involved",
    definition: "Service users and carers have no part in planning, delivering or evaluating the course.",
    countsAsInvolvement: false,
  },
] as const satisfies readonly ServiceUserInvolvementMode[];

export type ServiceUserInvolvementModeId = (typeof serviceUserInvolvementModes)[number]["id"];

const involvementModes = new Set<string>(
  serviceUserInvolvementModes.filter((mode) => mode.countsAsInvolvement).map((mode) => mode.id),
);

/**
 * "Service users and carers involved": they help plan, deliver or evaluate the course.
 * The one test behind the course badge, the search result badge and coverage's count.
 */
export function involvesServiceUsers(modes: readonly string[]): boolean {
  return modes.some((mode) => involvementModes.has(mode));
}
