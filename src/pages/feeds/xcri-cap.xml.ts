import type { APIRoute } from "astro";
import { xcriCapFeed } from "../../exports/xcri-cap.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";
import { absoluteUrl, coursePath, providerPath } from "../../site/paths.ts";

/** The active catalogue as an XCRI-CAP 1.2 feed for aggregators and course directories. */
export const GET: APIRoute = async ({ site }) => {
  const { active, generatedAt } = checkedCatalogue();
  const full = (path: string) => absoluteUrl(path, site);
  const xml = xcriCapFeed(active, {
    generatedAt,
    providerPage: (id) => full(providerPath(id)),
    coursePage: (id) => full(coursePath(id)),
  });
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
