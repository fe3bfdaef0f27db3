import type { APIRoute } from "astro";
import { robotsTxt } from "../exports/robots-txt.ts";

/** Allows every crawler and points them at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, "/")}sitemap-index.xml`, site);
  return new Response(robotsTxt(sitemap.href), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
