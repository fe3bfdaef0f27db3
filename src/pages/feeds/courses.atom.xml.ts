import type { APIRoute } from "astro";
import { atomFeed } from "../../exports/atom.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";
import { absoluteUrl, coursePath, href } from "../../site/paths.ts";
import { serviceName } from "../../site/service.ts";

/** New and updated courses across the whole catalogue. */
export const GET: APIRoute = async ({ site }) => {
  const { active, generatedAt } = checkedCatalogue();
  const full = (path: string) => absoluteUrl(path, site);
  const xml = atomFeed(active, {
    title: `${serviceName}: new and updated courses`,
    feedUrl: full(href("feeds/courses.atom.xml")),
    siteUrl: full(href()),
    coursePage: (id) => full(coursePath(id)),
    generatedAt,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
