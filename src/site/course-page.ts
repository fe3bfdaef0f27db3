import { createHash } from "node:crypto";
import type { Catalogue, CourseEntry } from "../catalogue/catalogue.ts";
import type { PathwayPlace } from "../domain/pathways.ts";
import type { Provider } from "../domain/schema/index.ts";

/**
 * Everything a course's page shows that comes from the catalogue, gathered in one place: the page reads
 * nothing else from it, so a hash of these props (with the page's code, which Astro hashes itself) says
 * whether the page from the last build can be reused.
 */
export interface CoursePageProps {
  readonly entry: CourseEntry;
  /** The day the catalogue is judged on: which runs are still to come, whether a rating has lapsed. */
  readonly asOf: string;
  /** The provider that rated the course's credit, was asked to, or awards it, when it is in the catalogue. */
  readonly creditBody: Provider | undefined;
  /** The names of the course's partners that are providers in the catalogue, by id. */
  readonly partnerNames: Readonly<Record<string, string>>;
  /** The pathways to awards the course counts toward. */
  readonly pathways: readonly PathwayPlace[];
}

/** The props of `entry`'s page, from the catalogue it is part of. */
export function coursePageProps(
  entry: CourseEntry,
  { asOf, providers, pathwaysOfCourse }: Pick<Catalogue, "asOf" | "providers" | "pathwaysOfCourse">,
): CoursePageProps {
  const { course } = entry;
  const creditBodyId = course.creditRating?.ratedBy ?? course.creditRating?.requestedFrom ?? course.awardingBody;
  const partnerNames: Record<string, string> = {};
  for (const { provider } of course.partners) {
    const name = provider ? providers.get(provider)?.name : undefined;
    if (provider && name) partnerNames[provider] = name;
  }
  return {
    entry,
    asOf,
    creditBody: creditBodyId ? providers.get(creditBodyId) : undefined,
    partnerNames,
    pathways: pathwaysOfCourse.get(course.id) ?? [],
  };
}

/**
 * The key Astro's incremental build keeps a page's output under (see astro.config.mjs): a hash of the
 * props it is rendered from, which must hold everything the page shows beyond its code. Props are plain
 * data (no maps or sets, which JSON would write as empty).
 */
export function pageCacheKey(props: object): string {
  return createHash("sha256").update(JSON.stringify(props)).digest("base64url");
}
