import type { APIRoute } from "astro";
import { xcriCapFeedChunks } from "../../exports/xcri-cap.ts";
import { streamedResponse } from "../../site/streamed-response.ts";
import { xcriFeedOptions } from "../../site/xcri-feed-options.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";

/** The active catalogue as one XCRI-CAP 1.2 feed for aggregators and course directories. */
export const GET: APIRoute = async ({ site }) => {
  const catalogue = checkedCatalogue();
  const xml = xcriCapFeedChunks(catalogue.active, xcriFeedOptions(catalogue, site));
  return streamedResponse(xml, "application/xml; charset=utf-8");
};
