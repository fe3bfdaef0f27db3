import type { APIRoute } from "astro";
import { coursesExport } from "../../exports/catalogue-json.ts";
import { catalogue } from "../../site/catalogue.ts";
import { absoluteUrl, coursePath } from "../../site/paths.ts";

/** The whole catalogue of courses as JSON, described by courses.schema.json beside it. */
export const GET: APIRoute = async ({ site }) => {
  const { all, asOf } = await catalogue();
  const body = coursesExport(all, {
    asOf,
    generatedAt: new Date().toISOString(),
    page: (id) => absoluteUrl(coursePath(id), site),
  });
  // Not indented: at 10,000 courses indentation added 13 MB to the download and a second to the build.
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
};
