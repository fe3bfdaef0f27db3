import type { APIRoute } from "astro";
import { pathwaysJson } from "../../exports/catalogue-json.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";
import { absoluteUrl, pathwayPath } from "../../site/paths.ts";

/** Every pathway to an award as JSON, described by pathways.schema.json beside it. */
export const GET: APIRoute = async ({ site }) => {
  const { pathways, asOf, generatedAt } = checkedCatalogue();
  const body = pathwaysJson(pathways, {
    asOf,
    generatedAt,
    page: (id) => absoluteUrl(pathwayPath(id), site),
  });
  return new Response(body, { headers: { "Content-Type": "application/json" } });
};
