import { effectiveCreditStatus } from "./credit-rating.ts";
import type { Course, Provider } from "./schema/index.ts";
import {
  creditStatuses,
  integratedCareAreas,
  learnerMixes,
  professionGroups,
  professions,
  providerTypes,
  serviceUserInvolvementModes,
  termById,
  themes,
  workforceLevels,
  type Term,
} from "./vocabularies/index.ts";

/** A course with the provider that runs it: what every browse page, facet and export works from. */
export interface CatalogueCourse {
  readonly course: Course;
  readonly provider: Provider;
}

/**
 * A way to slice the catalogue by one vocabulary. The same definitions drive
 * browse pages, their counts on the home page, and (later) search filters and
 * the coverage matrix, so a course is counted the same way everywhere.
 */
export interface Facet {
  /** Stable key, also the URL folder of its browse pages. */
  readonly key: string;
  /** The same slice's filter name on the search page and in its URLs (`/search/?theme=…`). */
  readonly searchKey: string;
  /** Heading for the list of values, such as "Browse by theme". */
  readonly title: string;
  /** Singular noun for one value, used in page titles ("Theme: Communication"). */
  readonly noun: string;
  readonly terms: readonly Term[];
  /** The ids of this facet's terms that a course carries on `asOf` (a rating can lapse). */
  readonly valuesOf: (entry: CatalogueCourse, asOf: string) => readonly string[];
}

const groupOf = (id: string) => termById(professions, id).group;

export const themeFacet: Facet = {
  key: "themes",
  searchKey: "theme",
  title: "Themes",
  noun: "Theme",
  terms: themes,
  valuesOf: ({ course }) => course.themes,
};
export const professionFacet: Facet = {
  key: "professions",
  searchKey: "profession",
  title: "Professions",
  noun: "Profession",
  terms: professions,
  valuesOf: ({ course }) => course.professions,
};
export const professionGroupFacet: Facet = {
  key: "profession-groups",
  searchKey: "profession-group",
  title: "Profession groups",
  noun: "Profession group",
  terms: professionGroups,
  valuesOf: ({ course }) => [...new Set(course.professions.map(groupOf))],
};
export const workforceLevelFacet: Facet = {
  key: "workforce-levels",
  searchKey: "level",
  title: "Workforce levels",
  noun: "Workforce level",
  terms: workforceLevels,
  valuesOf: ({ course }) => course.workforceLevels,
};
export const creditStatusFacet: Facet = {
  key: "credit-status",
  searchKey: "credit",
  title: "Academic credit",
  noun: "Credit status",
  terms: creditStatuses,
  valuesOf: ({ course }, asOf) => [effectiveCreditStatus(course, asOf)],
};
export const integratedCareAreaFacet: Facet = {
  key: "integrated-care-areas",
  searchKey: "care-area",
  title: "Integrated care areas",
  noun: "Integrated care area",
  terms: integratedCareAreas,
  valuesOf: ({ course }) => course.integratedCareAreas,
};
export const providerTypeFacet: Facet = {
  key: "provider-types",
  searchKey: "provider-type",
  title: "Provider types",
  noun: "Provider type",
  terms: providerTypes,
  valuesOf: ({ provider }) => [provider.type],
};
export const learnerMixFacet: Facet = {
  key: "learner-mix",
  searchKey: "mix",
  title: "Who learns together",
  noun: "Learner mix",
  terms: learnerMixes,
  valuesOf: ({ course }) => course.learnerMix,
};
export const serviceUserInvolvementFacet: Facet = {
  key: "service-user-involvement",
  searchKey: "involvement",
  title: "Service user and carer involvement",
  noun: "Service user involvement",
  terms: serviceUserInvolvementModes,
  valuesOf: ({ course }) => course.serviceUserInvolvement.modes,
};

/** Facets that have a browse page per value. */
export const browseFacets: readonly Facet[] = [
  themeFacet,
  professionGroupFacet,
  professionFacet,
  providerTypeFacet,
  workforceLevelFacet,
  creditStatusFacet,
  learnerMixFacet,
  serviceUserInvolvementFacet,
  integratedCareAreaFacet,
];

/** Each facet's courses by value, worked out once per list of courses, facet and date. */
const byValueCache = new WeakMap<
  readonly CatalogueCourse[],
  Map<Facet, { asOf: string; byValue: Map<string, unknown[]> }>
>();

/**
 * The courses in `entries` carrying each of a facet's values, in the order of
 * `entries`. Pages ask for one value after another of the same list (every
 * browse page, every count, every cell of the coverage matrix): sorting the
 * list once instead of scanning it per value saved seconds at 10,000 courses.
 */
export function coursesByValue<T extends CatalogueCourse>(
  facet: Facet,
  entries: readonly T[],
  asOf: string,
): ReadonlyMap<string, readonly T[]> {
  let forEntries = byValueCache.get(entries);
  if (!forEntries) byValueCache.set(entries, (forEntries = new Map()));
  const cached = forEntries.get(facet);
  if (cached?.asOf === asOf) return cached.byValue as Map<string, T[]>;
  const byValue = new Map<string, T[]>();
  for (const entry of entries)
    for (const value of new Set(facet.valuesOf(entry, asOf))) {
      const list = byValue.get(value);
      if (list) list.push(entry);
      else byValue.set(value, [entry]);
    }
  forEntries.set(facet, { asOf, byValue });
  return byValue;
}

/** Courses carrying a facet value, in the order of `entries`. */
export function coursesWith<T extends CatalogueCourse>(
  facet: Facet,
  id: string,
  entries: readonly T[],
  asOf: string,
): readonly T[] {
  return coursesByValue(facet, entries, asOf).get(id) ?? [];
}
