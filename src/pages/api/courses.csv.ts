import type { APIRoute } from "astro";
import { coursesCsv } from "../../exports/courses-csv.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";
import { absoluteUrl, coursePath } from "../../site/paths.ts";

/** Every run of every course as CSV. */
export const GET: APIRoute = async ({ site }) => {
  const { all, asOf } = checkedCatalogue();
  return new Response(coursesCsv(all, { asOf, page: (id) => absoluteUrl(coursePath(id), site) }), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
