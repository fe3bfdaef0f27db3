import type { APIRoute } from "astro";
import { coursesJson } from "../../exports/catalogue-json.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";
import { absoluteUrl, coursePath } from "../../site/paths.ts";

/** The whole catalogue of courses as JSON, described by courses.schema.json beside it. */
export const GET: APIRoute = async ({ site }) => {
  const { all, asOf, generatedAt } = checkedCatalogue();
  const body = coursesJson(all, {
    asOf,
    generatedAt,
    page: (id) => absoluteUrl(coursePath(id), site),
  });
  return new Response(body, { headers: { "Content-Type": "application/json" } });
};
