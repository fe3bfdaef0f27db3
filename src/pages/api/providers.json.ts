import type { APIRoute } from "astro";
import { providersExport } from "../../exports/catalogue-json.ts";
import { catalogue } from "../../site/catalogue.ts";
import { absoluteUrl, providerPath } from "../../site/paths.ts";

/** Every provider as JSON, described by providers.schema.json beside it. */
export const GET: APIRoute = async ({ site }) => {
  const { providers, asOf } = await catalogue();
  const body = providersExport([...providers.values()], {
    asOf,
    generatedAt: new Date().toISOString(),
    page: (id) => absoluteUrl(providerPath(id), site),
  });
  return new Response(JSON.stringify(body, null, 2), { headers: { "Content-Type": "application/json" } });
};
