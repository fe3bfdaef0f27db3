/**
 * The one place every controlled vocabulary is exported from. Pages, the
 * schema, the validator and scripts import from here; no other module may
 * hold its own list of themes, professions or modes. How each list is used
 * (browse pages, search filters, glossary, CSV) is declared in `../facets.ts`.
 */

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
