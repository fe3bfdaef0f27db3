import type { CatalogueCourse, Facet } from "../domain/facets.ts";
import { catalogueFacets } from "../domain/facets.ts";
import { pathwaysByCourse, type PathwayPlace } from "../domain/pathways.ts";
import type { Course, Pathway, Provider } from "../domain/schema/index.ts";

/** A course with its provider and its Markdown description. */
export interface CourseEntry extends CatalogueCourse {
  /** The description below the front matter, as written. */
  readonly body: string;
}

/** A pathway to an award with its Markdown description. */
export interface PathwayEntry {
  readonly pathway: Pathway;
  /** The description below the front matter, as written. */
  readonly body: string;
}

/**
 * The entries a check of the content folder found valid: what the validator
 * returns, described here by shape so the catalogue does not depend on it.
 */
export interface CheckedEntries {
  readonly providers: readonly { readonly data: Provider }[];
  readonly courses: readonly { readonly file: string; readonly data: Course; readonly body: string }[];
  /** Pathways to awards; none when the content folder has no pathways/ folder. */
  readonly pathways?: readonly { readonly data: Pathway; readonly body: string }[];
}

/** Everything a page needs, assembled once per check of the content folder. */
export interface Catalogue {
  /** The day the catalogue is judged on (YYYY-MM-DD): which runs are past, which ratings have lapsed. */
  readonly asOf: string;
  /** When it was checked, as an ISO 8601 timestamp: the "generated" time of every feed and export. */
  readonly generatedAt: string;
  readonly providers: ReadonlyMap<string, Provider>;
  /** Every course, withdrawn ones included, by title. */
  readonly all: readonly CourseEntry[];
  /** Courses still offered: what listings, counts and browse pages show. */
  readonly active: readonly CourseEntry[];
  /** The facet registry with this catalogue's providers as the provider facet's values. */
  readonly facets: readonly Facet[];
  /** Every course by id, withdrawn ones included. */
  readonly courseById: ReadonlyMap<string, CourseEntry>;
  /** Pathways to awards, by title. */
  readonly pathways: readonly PathwayEntry[];
  /** Each course's places on pathways, by course id (none for most courses). */
  readonly pathwaysOfCourse: ReadonlyMap<string, readonly PathwayPlace[]>;
}

const byTitle = new Intl.Collator("en-GB").compare;

/** The catalogue pages are built from, from the entries a check found valid. */
export function assembleCatalogue(
  checked: CheckedEntries,
  when: { readonly asOf: string; readonly generatedAt: string },
): Catalogue {
  const providers = new Map(checked.providers.map(({ data }) => [data.id, data]));
  const all = checked.courses
    .map(({ data, body }) => {
      const provider = providers.get(data.provider);
      // The validator refuses unknown providers before the build; this guards a build run without it.
      if (!provider) throw new Error(`Course ${data.id} names unknown provider ${data.provider}`);
      return { course: data, provider, body };
    })
    .sort((a, b) => byTitle(a.course.title, b.course.title));
  const pathways = (checked.pathways ?? [])
    .map(({ data, body }) => ({ pathway: data, body }))
    .sort((a, b) => byTitle(a.pathway.title, b.pathway.title));
  return {
    ...when,
    providers,
    all,
    active: all.filter(({ course }) => course.status === "active"),
    facets: catalogueFacets(providers.values()),
    courseById: new Map(all.map((entry) => [entry.course.id, entry])),
    pathways,
    pathwaysOfCourse: pathwaysByCourse(pathways.map(({ pathway }) => pathway)),
  };
}
