import type { Term } from "./term.ts";

/** Whether a course is still offered. A withdrawn course keeps its page but leaves listings. */
export const courseStatuses = [
  { id: "active", label: "Active", definition: "The course is offered, with runs announced or to be announced." },
  {
    id: "withdrawn",
    label: "Withdrawn",
    definition: "The provider no longer offers the course. Its page stays so links keep working.",
  },
] as const satisfies readonly Term[];

export type CourseStatusId = (typeof courseStatuses)[number]["id"];
