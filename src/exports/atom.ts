import type { CatalogueCourse } from "../domain/facets.ts";
import { attributes, xmlDocument } from "./xml.ts";

const ATOM = "http://www.w3.org/2005/Atom";

/** How many of the most recently checked courses a feed carries. */
const FEED_LENGTH = 50;

/**
 * An Atom feed of new and updated courses: newest first by the date each entry
 * was last checked, which is when its details last changed or were confirmed.
 */
export function atomFeed(
  entries: readonly CatalogueCourse[],
  options: { title: string; feedUrl: string; siteUrl: string; coursePage: (id: string) => string; generatedAt: string },
): string {
  const newest = [...entries]
    .sort(
      (a, b) => b.course.lastReviewed.localeCompare(a.course.lastReviewed) || a.course.id.localeCompare(b.course.id),
    )
    .slice(0, FEED_LENGTH);
  const link = (rel: string, href: string) => attributes({ rel, href });
  return xmlDocument("feed", {
    "@xmlns": ATOM,
    id: options.feedUrl,
    title: options.title,
    updated: newest[0] ? `${newest[0].course.lastReviewed}T00:00:00Z` : options.generatedAt,
    link: [link("self", options.feedUrl), link("alternate", options.siteUrl)],
    entry: newest.map(({ course, provider }) => {
      const page = options.coursePage(course.id);
      return {
        id: page,
        title: course.title,
        updated: `${course.lastReviewed}T00:00:00Z`,
        link: link("alternate", page),
        author: { name: provider.name },
        summary: course.summary,
      };
    }),
  });
}
