import type { APIRoute } from "astro";
import { coverageTables } from "../../domain/coverage-views.ts";
import { coverageJson } from "../../exports/coverage-json.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";

/** The coverage page's figures as JSON, described by coverage.schema.json beside it. */
export const GET: APIRoute = async () => {
  const { active, asOf, generatedAt } = checkedCatalogue();
  return new Response(coverageJson(active, coverageTables, { asOf, generatedAt }), {
    headers: { "Content-Type": "application/json" },
  });
};
