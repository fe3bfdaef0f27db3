import { coursesWith, providerFacet, type CatalogueCourse } from "../domain/facets.ts";

/** What a provider page lists: the provider's own courses, and others' it credit rated or awards. */
export interface ProviderCourses {
  readonly own: readonly CatalogueCourse[];
  readonly ratedOrAwarded: readonly CatalogueCourse[];
}

const byRater = new WeakMap<readonly CatalogueCourse[], Map<string, CatalogueCourse[]>>();

/**
 * Other providers' courses each university credit rated or awards, grouped once per list of courses:
 * a provider page each scanning every course made 1,500 scans of 50,000 courses at national size.
 */
function ratedOrAwardedBy(entries: readonly CatalogueCourse[]): Map<string, CatalogueCourse[]> {
  let grouped = byRater.get(entries);
  if (grouped) return grouped;
  grouped = new Map();
  for (const entry of entries) {
    const { course } = entry;
    for (const body of new Set([course.creditRating?.ratedBy, course.awardingBody]))
      if (body && body !== course.provider) {
        const list = grouped.get(body);
        if (list) list.push(entry);
        else grouped.set(body, [entry]);
      }
  }
  byRater.set(entries, grouped);
  return grouped;
}

/** The courses a provider's page lists, from `entries` (the active courses). */
export function providerCourses(
  providerId: string,
  entries: readonly CatalogueCourse[],
  asOf: string,
): ProviderCourses {
  return {
    own: coursesWith(providerFacet, providerId, entries, asOf),
    ratedOrAwarded: ratedOrAwardedBy(entries).get(providerId) ?? [],
  };
}
