/**
 * The relevance baseline: the same courses the site searches, with the same
 * text, indexed with MiniSearch in Node, as a developer would set it up
 * (fuzzy matching of 0.2, prefix matching, otherwise MiniSearch's defaults).
 */
import path from "node:path";
import MiniSearch from "minisearch";
import { todayIso } from "../src/domain/dates.ts";
import type { CatalogueCourse } from "../src/domain/facets.ts";
import { searchText } from "../src/search/record.ts";
import type { ValidationResult } from "../src/validator/node/validate-catalogue.ts";
import { validateCatalogue } from "../src/validator/node/validate-catalogue.ts";

/** A course the site's search can find, with its description. */
export interface SearchableCourse {
  readonly id: string;
  readonly entry: CatalogueCourse;
  readonly body: string;
}

/** The sample catalogue (content/), read and checked as the build reads it. */
export async function sampleCatalogue(asOf = todayIso()): Promise<ValidationResult> {
  const projectRoot = path.resolve(import.meta.dirname, "..");
  return validateCatalogue({ projectRoot, contentDir: path.join(projectRoot, "content"), asOf });
}

/** The courses search can find: the active ones, as the search index holds them (src/integrations/search-index.ts). */
export function searchableCourses(catalogue: Pick<ValidationResult, "courses" | "providers">): SearchableCourse[] {
  const providers = new Map(catalogue.providers.map(({ data }) => [data.id, data]));
  return catalogue.courses.flatMap(({ data, body }) => {
    const provider = providers.get(data.provider);
    return data.status === "active" && provider ? [{ id: data.id, entry: { course: data, provider }, body }] : [];
  });
}

interface BaselineDoc {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly provider: string;
  readonly content: string;
}

/**
 * The fields of the speed benchmark's MiniSearch baseline (bench/baseline.ts):
 * title, summary and provider, and `content`, the text the site searches
 * (searchText: title, summary, provider, learning outcomes and the opening
 * paragraph of the description).
 */
export const BASELINE_FIELDS = ["title", "summary", "provider", "content"] as const;
/** The baseline's search options, as the issue sets them. */
export const BASELINE_SEARCH = { fuzzy: 0.2, prefix: true } as const;

/**
 * A MiniSearch index of `courses`; search it for the ranked course ids, best match first. Its
 * `content` is the text the site searches, unless `contentOf` gives other text.
 */
export function miniSearchBaseline(
  courses: readonly SearchableCourse[],
  contentOf: (course: SearchableCourse) => string = ({ entry, body }) => searchText(entry, body),
): (query: string) => string[] {
  const index = new MiniSearch<BaselineDoc>({ fields: [...BASELINE_FIELDS], searchOptions: BASELINE_SEARCH });
  index.addAll(
    courses.map((course) => ({
      id: course.id,
      title: course.entry.course.title,
      summary: course.entry.course.summary,
      provider: course.entry.provider.name,
      content: contentOf(course),
    })),
  );
  return (query) => index.search(query).map((hit) => String(hit.id));
}
