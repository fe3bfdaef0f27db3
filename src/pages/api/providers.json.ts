import type { APIRoute } from "astro";
import { providersJson } from "../../exports/catalogue-json.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";
import { absoluteUrl, providerPath } from "../../site/paths.ts";

/** Every provider as JSON, described by providers.schema.json beside it. */
export const GET: APIRoute = async ({ site }) => {
  const { providers, asOf, generatedAt } = checkedCatalogue();
  const body = providersJson([...providers.values()], {
    asOf,
    generatedAt,
    page: (id) => absoluteUrl(providerPath(id), site),
  });
  return new Response(body, { headers: { "Content-Type": "application/json" } });
};
