import type { APIRoute } from "astro";
import { coursesJsonChunks } from "../../exports/catalogue-json.ts";
import { streamedResponse } from "../../site/streamed-response.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";
import { absoluteUrl, coursePath } from "../../site/paths.ts";

/** The whole catalogue of courses as JSON, described by courses.schema.json beside it. */
export const GET: APIRoute = async ({ site }) => {
  const { all, asOf, generatedAt } = checkedCatalogue();
  const body = coursesJsonChunks(all, {
    asOf,
    generatedAt,
    page: (id) => absoluteUrl(coursePath(id), site),
  });
  return streamedResponse(body, "application/json");
};
