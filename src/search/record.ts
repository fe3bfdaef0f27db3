import { toString } from "mdast-util-to-string";
import { EXIT, visit } from "unist-util-visit";
import { readAsRendered } from "../markdown/tree.ts";
import { searchRunValues, type CatalogueCourse, type SearchFilter } from "../domain/facets.ts";
import { courseFacts, isOnlineRun, joinableRuns, soonestStartKey } from "../domain/runs.ts";
import type { Presentation } from "../domain/schema/index.ts";
import { placeOfPostcode } from "../domain/places/place-data.ts";
import type { RunPlace } from "./filter-sets.ts";
import { writeRunFacts } from "./run-facts.ts";
import { creditSummary } from "../domain/credit-rating.ts";
import { headlineCredit } from "../domain/credits.ts";
import { postcodeDistrict } from "../domain/places.ts";
import { involvesServiceUsers } from "../domain/vocabularies/index.ts";
import { sortKeys } from "./sort-orders.ts";

/** One course in the search index (Pagefind's custom record). */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: "en";
  readonly meta: Record<string, string>;
  /** Each filter's values for the whole course: what a search's words that name a value find. */
  readonly filters: Record<string, string[]>;
  /** The run filters' values of each run a search filters by, soonest first (see `searchRunValues`). */
  readonly runs: readonly Record<string, string[]>[];
  /** Where each of `runs` meets, for a search near a place. */
  readonly runPlaces: readonly RunPlace[];
  readonly sort: Record<string, string>;
}

/**
 * The opening paragraph of a Markdown description as plain text, read as the
 * renderer reads it (native: a seventh of remark's time for 10,000
 * descriptions). Search reads a description's opening, where providers say
 * what the course is, not the whole: see searchText.
 */
export function openingParagraph(markdown: string): string {
  let opening = "";
  visit(readAsRendered(markdown, { positions: false }), "paragraph", (node) => {
    opening = toString(node, { includeHtml: false });
    return EXIT;
  });
  return opening.replace(/\s+/g, " ").trim();
}

/**
 * What a search by words looks in: the course's title, summary, provider,
 * learning outcomes and the opening paragraph of its description. Not the
 * whole description: at 10,000 courses that was four times the text, and
 * it doubled the indexer's memory, the words' index files a search
 * downloads and each result's details, for matches on words a course only
 * mentions in passing. Who a course is for and its topics are filters, which
 * a search's words that name them also find (see src/search/client/query.ts).
 * Where it runs is words too: each venue's town and postcode district, and the
 * provider's town, so a search for "Bolton" or "WA2" finds the courses there.
 */
export function searchText(entry: CatalogueCourse, body: string): string {
  const { course, provider } = entry;
  return [
    course.title,
    course.summary,
    provider.name,
    ...(provider.town ? [provider.town] : []),
    ...course.learningOutcomes,
    openingParagraph(body),
    ...placesOf(course),
  ].join(" \n");
}

/** Where a run meets: its venue's postcode district's centre, and whether it is online. */
function runPlace(run: Presentation | undefined): RunPlace {
  if (!run) return { online: false };
  const place = run.venue ? placeOfPostcode(run.venue.postcode) : undefined;
  return { online: isOnlineRun(run), ...(place ? { at: [place.latitude, place.longitude] as const } : {}) };
}

/** The runs, or one standing for none, as in `searchRunValues`. */
const runsOrNone = <T>(runs: readonly T[]): (T | undefined)[] => (runs.length > 0 ? [...runs] : [undefined]);

/** The towns and postcode districts ("WA2" of "WA2 8WA") of a course's venues, each once. */
function placesOf(course: CatalogueCourse["course"]): string[] {
  const places = new Set<string>();
  for (const run of course.presentations)
    if (run.venue) places.add(run.venue.town).add(postcodeDistrict(run.venue.postcode));
  return [...places];
}

/**
 * The search record for one active course: its text for full-text search,
 * what a result shows, one filter per search facet and every sort key.
 */
export function searchRecord(
  entry: CatalogueCourse,
  body: string,
  options: { asOf: string; url: string; facets: readonly SearchFilter[] },
): SearchRecord {
  const { course, provider } = entry;
  const cats = headlineCredit(course);
  const credit = creditSummary(course, options.asOf);
  // The runs a search filters by, in the order of `runs` below (see searchRunValues).
  const runs = runsOrNone(joinableRuns(course, options.asOf));

  const filters: Record<string, string[]> = {};
  for (const facet of options.facets) {
    const values = facet.valuesOf(entry, options.asOf);
    if (values.length > 0) filters[facet.search.param] = [...values];
  }
  return {
    url: options.url,
    content: searchText(entry, body),
    language: "en",
    meta: {
      title: course.title,
      provider: provider.name,
      summary: course.summary,
      credit: credit.text,
      creditStatus: credit.carriesCredit || credit.status === "rating-pending" ? credit.status : "not-credit-rated",
      interProfessional: course.learnerMix.includes("inter-professional") ? "yes" : "no",
      serviceUsers: involvesServiceUsers(course.serviceUserInvolvement.modes) ? "yes" : "no",
      // What a result says of each run in `runs`; the page shows the one that matches the filters.
      runs: writeRunFacts(runs.map((run) => courseFacts(course, run, options.asOf))),
    },
    filters,
    runs: searchRunValues(entry, options.asOf, options.facets),
    runPlaces: runs.map(runPlace),
    sort: {
      [sortKeys.start]: soonestStartKey(course, options.asOf),
      [sortKeys.credits]: String(cats?.value ?? 0).padStart(4, "0"),
      [sortKeys.title]: course.title.toLowerCase(),
      [sortKeys.reviewed]: course.lastReviewed,
    },
  };
}
