import { getCollection, type CollectionEntry } from "astro:content";
import type { CatalogueCourse } from "../domain/facets.ts";
import type { Provider } from "../domain/schema/index.ts";
import { buildAsOf } from "../integrations/as-of.ts";

/** A course entry (for rendering its body) with its provider. */
export interface CourseEntry extends CatalogueCourse {
  readonly entry: CollectionEntry<"courses">;
}

/** Everything a page needs, loaded once per build. */
export interface Catalogue {
  readonly asOf: string;
  readonly providers: ReadonlyMap<string, Provider>;
  /** Every course, withdrawn ones included, by title. */
  readonly all: readonly CourseEntry[];
  /** Courses still offered: what listings, counts and browse pages show. */
  readonly active: readonly CourseEntry[];
}

let loaded: Promise<Catalogue> | undefined;

async function load(): Promise<Catalogue> {
  const providers = new Map((await getCollection("providers")).map((entry) => [entry.id, entry.data]));
  const all = (await getCollection("courses"))
    .map((entry) => {
      const provider = providers.get(entry.data.provider);
      // The validator refuses unknown providers before the build; this guards a build run without it.
      if (!provider) throw new Error(`Course ${entry.id} names unknown provider ${entry.data.provider}`);
      return { entry, course: entry.data, provider };
    })
    .sort((a, b) => a.course.title.localeCompare(b.course.title, "en-GB"));
  return { asOf: buildAsOf(), providers, all, active: all.filter(({ course }) => course.status === "active") };
}

/** The catalogue for this build. */
export function catalogue(): Promise<Catalogue> {
  loaded ??= load();
  return loaded;
}
