import { create } from "xmlbuilder2";
import type { CatalogueCourse } from "../domain/facets.ts";

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
  const feed = create({ version: "1.0", encoding: "UTF-8" }).ele(ATOM, "feed");
  feed.ele(ATOM, "id").txt(options.feedUrl).up();
  feed.ele(ATOM, "title").txt(options.title).up();
  feed
    .ele(ATOM, "updated")
    .txt(newest[0] ? `${newest[0].course.lastReviewed}T00:00:00Z` : options.generatedAt)
    .up();
  feed.ele(ATOM, "link", { rel: "self", href: options.feedUrl }).up();
  feed.ele(ATOM, "link", { rel: "alternate", href: options.siteUrl }).up();
  for (const { course, provider } of newest) {
    const page = options.coursePage(course.id);
    const entry = feed.ele(ATOM, "entry");
    entry.ele(ATOM, "id").txt(page).up();
    entry.ele(ATOM, "title").txt(course.title).up();
    entry.ele(ATOM, "updated").txt(`${course.lastReviewed}T00:00:00Z`).up();
    entry.ele(ATOM, "link", { rel: "alternate", href: page }).up();
    entry.ele(ATOM, "author").ele(ATOM, "name").txt(provider.name).up().up();
    entry.ele(ATOM, "summary").txt(course.summary).up();
  }
  return feed.end({ prettyPrint: true });
}
