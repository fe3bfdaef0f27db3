import type { APIRoute } from "astro";
import { xcriCapFeed } from "../../exports/xcri-cap.ts";
import { xcriFeedOptions } from "../../site/xcri-feed-options.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";

/** The active catalogue as one XCRI-CAP 1.2 feed for aggregators and course directories. */
export const GET: APIRoute = async ({ site }) => {
  const catalogue = checkedCatalogue();
  const xml = xcriCapFeed(catalogue.active, xcriFeedOptions(catalogue, site));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
