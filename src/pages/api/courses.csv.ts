import type { APIRoute } from "astro";
import { coursesCsvChunks } from "../../exports/courses-csv.ts";
import { streamedResponse } from "../../site/streamed-response.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";
import { absoluteUrl, coursePath } from "../../site/paths.ts";

/** Every run of every course as CSV. */
export const GET: APIRoute = async ({ site }) => {
  const { all, asOf } = checkedCatalogue();
  return streamedResponse(
    coursesCsvChunks(all, { asOf, page: (id) => absoluteUrl(coursePath(id), site) }),
    "text/csv; charset=utf-8",
  );
};
