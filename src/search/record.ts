import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { readAsRendered } from "../site/markdown-tree.ts";
import type { CatalogueCourse } from "../domain/facets.ts";
import { nextRunText, soonestStartKey } from "../domain/runs.ts";
import type { SearchFacet } from "../domain/search-facets.ts";
import { creditSummary } from "../domain/credit-rating.ts";
import { headlineCredit } from "../domain/credits.ts";

/** One course in the search index (Pagefind's custom record). */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: "en";
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly sort: Record<string, string>;
}

/** Sort keys every record has, so no course drops out of results when a sort is chosen. */
export const sortKeys = {
  start: "start",
  credits: "credits",
  title: "title",
  reviewed: "reviewed",
} as const;

/**
 * Plain text of a Markdown description, for full-text search and excerpts, read
 * as the renderer reads it (native: a seventh of remark's time for 10,000
 * descriptions), so tables read as the page shows them.
 */
export function plainText(markdown: string): string {
  // Each paragraph, heading and cell is taken on its own and joined with spaces,
  // so the last word of one does not run into the first word of the next.
  const blocks: string[] = [];
  visit(readAsRendered(markdown, { positions: false }), ["paragraph", "heading", "tableCell"], (node) => {
    blocks.push(toString(node, { includeHtml: false }));
    return SKIP;
  });
  return blocks.join(" ").replace(/\s+/g, " ").trim();
}

/**
 * The search record for one active course: its text for full-text search,
 * what a result shows, one filter per search facet and every sort key.
 */
export function searchRecord(
  entry: CatalogueCourse,
  body: string,
  options: { asOf: string; url: string; facets: readonly SearchFacet[] },
): SearchRecord {
  const { course, provider } = entry;
  const cats = headlineCredit(course);
  const credit = creditSummary(course, options.asOf);

  const filters: Record<string, string[]> = {};
  for (const facet of options.facets) {
    const values = facet.valuesOf(entry, options.asOf);
    if (values.length > 0) filters[facet.key] = [...values];
  }
  return {
    url: options.url,
    content: [course.title, course.summary, provider.name, ...course.learningOutcomes, plainText(body)].join(" \n"),
    language: "en",
    meta: {
      title: course.title,
      provider: provider.name,
      summary: course.summary,
      credit: credit.text,
      creditStatus: credit.carriesCredit || credit.status === "rating-pending" ? credit.status : "not-credit-rated",
      interProfessional: course.learnerMix.includes("inter-professional") ? "yes" : "no",
      serviceUsers: course.serviceUserInvolvement.modes.some((mode) => mode !== "none") ? "yes" : "no",
      next: nextRunText(course, options.asOf),
    },
    filters,
    sort: {
      [sortKeys.start]: soonestStartKey(course, options.asOf),
      [sortKeys.credits]: String(cats?.value ?? 0).padStart(4, "0"),
      [sortKeys.title]: course.title.toLowerCase(),
      [sortKeys.reviewed]: course.lastReviewed,
    },
  };
}
