import type { APIRoute, GetStaticPaths } from "astro";
import { coursesByProvider, providerXcriCapFeed } from "../../../exports/xcri-cap.ts";
import { xcriFeedOptions } from "../../../site/xcri-feed-options.ts";
import { checkedCatalogue } from "../../../catalogue/hand-off.ts";

/** A feed for each provider with a current course: XCRI-CAP 1.2 wants at least one course per provider. */
export const getStaticPaths = (() =>
  coursesByProvider(checkedCatalogue().active).map(({ provider }) => ({
    params: { provider: provider.id },
  }))) satisfies GetStaticPaths;

/** One provider's current courses as an XCRI-CAP 1.2 feed, one provider in its catalog. */
export const GET: APIRoute = async ({ params, site }) => {
  const catalogue = checkedCatalogue();
  const group = coursesByProvider(catalogue.active).find(({ provider }) => provider.id === params.provider);
  if (!group) return new Response("No such provider", { status: 404 });
  const xml = providerXcriCapFeed(group.provider, group.courses, xcriFeedOptions(catalogue, site));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
