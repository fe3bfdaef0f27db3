import type { CatalogueCourse } from "../domain/facets.ts";
import type { Provider } from "../domain/schema/index.ts";
import { buildAsOf } from "../integrations/as-of.ts";
import { sharedValidation } from "../integrations/shared-validation.ts";
import type { ValidationResult } from "../validator/validate-catalogue.ts";

/** A course with its provider and its Markdown description. */
export interface CourseEntry extends CatalogueCourse {
  /** The description below the front matter, as written. */
  readonly body: string;
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

const byTitle = new Intl.Collator("en-GB").compare;

function load(validation: ValidationResult): Catalogue {
  const providers = new Map(validation.providers.map(({ data }) => [data.id, data]));
  const all = validation.courses
    .map(({ data, body }) => {
      const provider = providers.get(data.provider);
      // The validator refuses unknown providers before the build; this guards a build run without it.
      if (!provider) throw new Error(`Course ${data.id} names unknown provider ${data.provider}`);
      return { course: data, provider, body };
    })
    .sort((a, b) => byTitle(a.course.title, b.course.title));
  return { asOf: buildAsOf(), providers, all, active: all.filter(({ course }) => course.status === "active") };
}

let loaded: { from: ValidationResult; catalogue: Catalogue } | undefined;

/** The catalogue for this build; in the dev server, the latest check of the content folder. */
export async function catalogue(): Promise<Catalogue> {
  const validation = sharedValidation();
  if (loaded?.from !== validation) loaded = { from: validation, catalogue: load(validation) };
  return loaded.catalogue;
}
