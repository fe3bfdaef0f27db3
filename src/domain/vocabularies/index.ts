/**
 * The one place every controlled vocabulary is exported from. Pages, the
 * schema, the validator and scripts import from here; no other module may
 * hold its own list of themes, professions or modes.
 */
import type { Term } from "./term.ts";
import { attendanceModes } from "./attendance-modes.ts";
import { attendancePatterns } from "./attendance-patterns.ts";
import { courseStatuses } from "./course-statuses.ts";
import { creditSchemes } from "./credit-schemes.ts";
import { creditStatuses } from "./credit-statuses.ts";
import { frameworks } from "./frameworks.ts";
import { integratedCareAreas } from "./integrated-care-areas.ts";
import { learnerMixes } from "./learner-mix.ts";
import { learningForms } from "./learning-forms.ts";
import { partnerRoles } from "./partner-roles.ts";
import { professionGroups, professions } from "./professions.ts";
import { providerTypes } from "./provider-types.ts";
import { regions } from "./regions.ts";
import { serviceUserInvolvementModes } from "./service-user-involvement.ts";
import { studyModes } from "./study-modes.ts";
import { subThemes } from "./sub-themes.ts";
import { themes } from "./themes.ts";
import { workforceLevels } from "./workforce-levels.ts";
import { costBands } from "./cost-bands.ts";
import { creditBands } from "./credit-bands.ts";
import { startWindows } from "./start-windows.ts";
import { ratingStatuses } from "./rating-statuses.ts";

export * from "./term.ts";
export * from "./attendance-modes.ts";
export * from "./attendance-patterns.ts";
export * from "./course-statuses.ts";
export * from "./credit-schemes.ts";
export * from "./credit-statuses.ts";
export * from "./frameworks.ts";
export * from "./integrated-care-areas.ts";
export * from "./learner-mix.ts";
export * from "./learning-forms.ts";
export * from "./partner-roles.ts";
export * from "./professions.ts";
export * from "./provider-types.ts";
export * from "./regions.ts";
export * from "./service-user-involvement.ts";
export * from "./study-modes.ts";
export * from "./sub-themes.ts";
export * from "./themes.ts";
export * from "./workforce-levels.ts";
export * from "./cost-bands.ts";
export * from "./credit-bands.ts";
export * from "./start-windows.ts";
export * from "./rating-statuses.ts";
export type { XcriTerm } from "./xcri-term.ts";

/** A named vocabulary, for the glossary and for generated documentation. */
export interface NamedVocabulary {
  /** Stable key, used as a glossary anchor. */
  readonly key: string;
  /** Heading shown above the terms. */
  readonly title: string;
  /** The front matter field(s) that take these values. */
  readonly field: string;
  readonly terms: readonly Term[];
}

/** Every vocabulary in the order a reader meets them on a course page. */
export const allVocabularies: readonly NamedVocabulary[] = [
  { key: "themes", title: "Themes", field: "themes", terms: themes },
  { key: "sub-themes", title: "Sub-themes", field: "subThemes", terms: subThemes },
  { key: "professions", title: "Professions and staff groups", field: "professions", terms: professions },
  { key: "profession-groups", title: "Profession groups", field: "(groups of professions)", terms: professionGroups },
  { key: "learner-mix", title: "Who learns together", field: "learnerMix", terms: learnerMixes },
  { key: "workforce-levels", title: "Workforce levels", field: "workforceLevels", terms: workforceLevels },
  { key: "learning-forms", title: "Forms of learning", field: "learningForms", terms: learningForms },
  { key: "credit-statuses", title: "Credit status", field: "creditStatus", terms: creditStatuses },
  {
    key: "rating-statuses",
    title: "Credit rating status",
    field: "(worked out from creditRating.reviewDue)",
    terms: ratingStatuses,
  },
  { key: "credit-schemes", title: "Credit schemes", field: "credits[].scheme", terms: creditSchemes },
  {
    key: "service-user-involvement",
    title: "Service user and carer involvement",
    field: "serviceUserInvolvement.modes",
    terms: serviceUserInvolvementModes,
  },
  {
    key: "integrated-care-areas",
    title: "Integrated care areas",
    field: "integratedCareAreas",
    terms: integratedCareAreas,
  },
  { key: "frameworks", title: "Competence frameworks", field: "frameworkAlignment[].framework", terms: frameworks },
  { key: "study-modes", title: "Study mode", field: "presentations[].studyMode", terms: studyModes },
  {
    key: "attendance-modes",
    title: "Where you learn",
    field: "presentations[].attendanceMode",
    terms: attendanceModes,
  },
  {
    key: "attendance-patterns",
    title: "When you attend",
    field: "presentations[].attendancePattern",
    terms: attendancePatterns,
  },
  { key: "regions", title: "Regions", field: "region, presentations[].venue.region", terms: regions },
  { key: "provider-types", title: "Provider types", field: "type (providers)", terms: providerTypes },
  { key: "partner-roles", title: "Partner roles", field: "partners[].roles", terms: partnerRoles },
  { key: "course-statuses", title: "Course status", field: "status", terms: courseStatuses },
  { key: "cost-bands", title: "Cost", field: "(worked out from presentations[].cost)", terms: costBands },
  { key: "credit-bands", title: "Amount of credit", field: "(worked out from credits)", terms: creditBands },
  {
    key: "start-windows",
    title: "When it starts",
    field: "(worked out from presentations[].start)",
    terms: startWindows,
  },
];
