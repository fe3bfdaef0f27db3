import {
  attendanceModes,
  attendancePatterns,
  creditStatuses,
  integratedCareAreas,
  learnerMixes,
  learningForms,
  professions,
  regions,
  serviceUserInvolvementModes,
  studyModes,
  themes,
  workforceLevels,
  type Term,
} from "../../domain/vocabularies/index.ts";
import { topics } from "../../domain/vocabularies/topics.ts";
import { evaluationLevels, evaluationParticipants } from "../../domain/vocabularies/evaluation.ts";
import { trainingTypes } from "../../domain/vocabularies/training-types.ts";

/** How a cell is read. */
export type CellKind =
  | { readonly kind: "text" }
  /** Several values separated by `;`. */
  | { readonly kind: "lines" }
  | { readonly kind: "number" }
  /** yes/no, true/false, y/n, 1/0; empty is no answer. */
  | { readonly kind: "flag" }
  /** day/month/year (12/05/2027) or ISO (2027-05-12). */
  | { readonly kind: "date" }
  /** One term, by its label or id. */
  | { readonly kind: "one"; readonly terms: readonly Term[] }
  /** Several terms separated by `;`, each by label or id. */
  | { readonly kind: "many"; readonly terms: readonly Term[] }
  /** Credit values separated by `;`, each "scheme level credits", such as "CATS 6 20". */
  | { readonly kind: "credits" }
  /** Subject codes or words, used only to choose what comes in (`--subject`). */
  | { readonly kind: "subjects" };

/** One column of the course sheet: its header, whether it describes the course or one run, and where it goes. */
export interface Column {
  /** The header as the template writes it; matched ignoring case, spaces and punctuation. */
  readonly header: string;
  /** Course columns repeat on every row of a course; run columns describe that row's run. */
  readonly level: "course" | "run";
  /** Where the value goes in the entry: a course field path, or one in the run. Empty for columns read otherwise. */
  readonly path: readonly string[];
  readonly read: CellKind;
}

const text = { kind: "text" } as const;
const many = (terms: readonly Term[]) => ({ kind: "many", terms }) as const;
const one = (terms: readonly Term[]) => ({ kind: "one", terms }) as const;

/** The columns of `npm run import:csv`, in the template's order: one row per run, course columns repeated. */
export const csvColumns: readonly Column[] = [
  { header: "course id", level: "course", path: ["id"], read: text },
  { header: "provider", level: "course", path: ["provider"], read: text },
  { header: "title", level: "course", path: ["title"], read: text },
  { header: "summary", level: "course", path: ["summary"], read: text },
  { header: "description", level: "course", path: ["(description)"], read: text },
  { header: "course web page", level: "course", path: ["url"], read: text },
  { header: "subjects", level: "course", path: [], read: { kind: "subjects" } },
  { header: "professions", level: "course", path: ["professions"], read: many(professions) },
  { header: "open to unregistered staff", level: "course", path: ["openToUnregisteredStaff"], read: { kind: "flag" } },
  { header: "who learns together", level: "course", path: ["learnerMix"], read: many(learnerMixes) },
  { header: "workforce levels", level: "course", path: ["workforceLevels"], read: many(workforceLevels) },
  { header: "topics", level: "course", path: ["topics"], read: many(topics) },
  { header: "themes", level: "course", path: ["themes"], read: many(themes) },
  { header: "integrated care areas", level: "course", path: ["integratedCareAreas"], read: many(integratedCareAreas) },
  { header: "forms of learning", level: "course", path: ["learningForms"], read: many(learningForms) },
  { header: "learning outcomes", level: "course", path: ["learningOutcomes"], read: { kind: "lines" } },
  { header: "entry requirements", level: "course", path: ["entryRequirements"], read: text },
  { header: "assessment", level: "course", path: ["assessment"], read: text },
  { header: "quality assurance", level: "course", path: ["qualityAssurance"], read: text },
  {
    header: "service user involvement",
    level: "course",
    path: ["serviceUserInvolvement", "modes"],
    read: many(serviceUserInvolvementModes),
  },
  {
    header: "service user involvement description",
    level: "course",
    path: ["serviceUserInvolvement", "description"],
    read: text,
  },
  // How the course is evaluated: the coverage page and the search filter "Evaluation published" read it.
  { header: "evaluation looks at", level: "course", path: ["evaluation", "levels"], read: many(evaluationLevels) },
  { header: "evaluation methods", level: "course", path: ["evaluation", "methods"], read: text },
  {
    header: "evaluation participants",
    level: "course",
    path: ["evaluation", "participants"],
    read: many(evaluationParticipants),
  },
  { header: "evaluation findings", level: "course", path: ["evaluation", "findings"], read: text },
  { header: "evaluation findings date", level: "course", path: ["evaluation", "findingsDate"], read: { kind: "date" } },
  { header: "statutory or mandatory", level: "course", path: ["trainingType"], read: one(trainingTypes) },
  { header: "academic credit", level: "course", path: ["creditStatus"], read: one(creditStatuses) },
  { header: "credits", level: "course", path: ["credits"], read: { kind: "credits" } },
  { header: "awarding body", level: "course", path: ["awardingBody"], read: text },
  // Who rated an in-house course, or who has been asked to: the register and the credit badges need them.
  { header: "rated by", level: "course", path: ["creditRating", "ratedBy"], read: text },
  { header: "date rated", level: "course", path: ["creditRating", "ratedOn"], read: { kind: "date" } },
  { header: "rating review date", level: "course", path: ["creditRating", "reviewDue"], read: { kind: "date" } },
  { header: "rating reference", level: "course", path: ["creditRating", "reference"], read: text },
  { header: "rating requested from", level: "course", path: ["creditRating", "requestedFrom"], read: text },
  { header: "rating requested on", level: "course", path: ["creditRating", "requestedOn"], read: { kind: "date" } },
  { header: "notional hours", level: "course", path: ["notionalHours"], read: { kind: "number" } },
  { header: "cpd hours", level: "course", path: ["cpdHours"], read: { kind: "number" } },
  { header: "contact email", level: "course", path: ["contact", "email"], read: text },
  { header: "contact phone", level: "course", path: ["contact", "phone"], read: text },
  { header: "contact name", level: "course", path: ["contact", "name"], read: text },
  { header: "run id", level: "run", path: ["id"], read: text },
  { header: "start date", level: "run", path: ["start"], read: { kind: "date" } },
  { header: "flexible start", level: "run", path: ["flexibleStart"], read: { kind: "flag" } },
  { header: "end date", level: "run", path: ["end"], read: { kind: "date" } },
  { header: "apply by", level: "run", path: ["applyBy"], read: { kind: "date" } },
  { header: "study mode", level: "run", path: ["studyMode"], read: one(studyModes) },
  { header: "attendance mode", level: "run", path: ["attendanceMode"], read: one(attendanceModes) },
  { header: "attendance pattern", level: "run", path: ["attendancePattern"], read: one(attendancePatterns) },
  { header: "timetable", level: "run", path: ["schedule"], read: text },
  { header: "online", level: "run", path: ["online"], read: { kind: "flag" } },
  { header: "venue name", level: "run", path: ["venue", "name"], read: text },
  { header: "venue address", level: "run", path: ["venue", "address"], read: { kind: "lines" } },
  { header: "venue town", level: "run", path: ["venue", "town"], read: text },
  { header: "venue postcode", level: "run", path: ["venue", "postcode"], read: text },
  { header: "venue region", level: "run", path: ["venue", "region"], read: one(regions) },
  { header: "venue phone", level: "run", path: ["venue", "phone"], read: text },
  { header: "venue email", level: "run", path: ["venue", "email"], read: text },
  { header: "cost", level: "run", path: ["cost", "amount"], read: { kind: "number" } },
  { header: "cost description", level: "run", path: ["cost", "description"], read: text },
  { header: "places", level: "run", path: ["places"], read: { kind: "number" } },
  { header: "apply url", level: "run", path: ["applyUrl"], read: text },
];

/** A header as compared: lower case, letters and digits only, so "Start Date", "start_date" and "start date" agree. */
export const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The template's header row. */
export const templateHeader = () => csvColumns.map((column) => column.header);

/**
 * The column a finding's field belongs to, most specific first: `presentations[1].venue.postcode`
 * → "venue postcode"; `presentations[1].venue` → "venue name"; `contact` → "contact email".
 */
export function columnForField(field: string): Column | undefined {
  if (field === "(description)") return csvColumns.find((column) => column.path[0] === "(description)");
  const parts = field
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter(Boolean);
  const inRun = parts[0] === "presentations" && /^\d+$/.test(parts[1] ?? "");
  const path = inRun ? parts.slice(2) : parts.filter((part) => !/^\d+$/.test(part));
  const level = inRun ? "run" : "course";
  for (let length = path.length; length > 0; length--) {
    const prefix = path.slice(0, length).join(".");
    const found = csvColumns.find(
      (column) => column.level === level && column.path.length && column.path.join(".").startsWith(prefix),
    );
    if (found) return found;
  }
  return undefined;
}
