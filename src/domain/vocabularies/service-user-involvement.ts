import type { Term } from "./term.ts";

/** How service users and carers take part in a course (report Q24, L9281–9295), plus "none". */
export const serviceUserInvolvementModes = [
  { id: "planning", label: "Planning", definition: "Service users or carers help plan or design the course." },
  { id: "delivering", label: "Delivering", definition: "Service users or carers teach or co-deliver sessions." },
  {
    id: "evaluating",
    label: "Evaluating",
    definition: "Service users or carers help judge how well the course worked.",
  },
  {
    id: "participant-learner",
    label: "Learning alongside staff",
    definition: "Service users or carers take part as learners with staff.",
  },
  {
    id: "special-interest-representative",
    label: "Representing a special interest",
    definition: "People representing a patient group or special interest are consulted.",
  },
  {
    id: "none",
    label: "Not involved",
    definition: "Service users and carers have no part in planning, delivering or evaluating the course.",
  },
] as const satisfies readonly Term[];

export type ServiceUserInvolvementModeId = (typeof serviceUserInvolvementModes)[number]["id"];
