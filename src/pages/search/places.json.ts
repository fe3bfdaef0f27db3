import type { APIRoute } from "astro";
import { gazetteerFile } from "../../domain/places/place-data.ts";
import { jsonDocument } from "../../exports/json.ts";

/**
 * The gazetteer the search page loads when a visitor uses "Town or postcode": UK postcode
 * districts and town names with their centres, and the data's attribution. Written compact: it is
 * the largest file the page loads, and only when asked.
 */
export const GET: APIRoute = () =>
  new Response(jsonDocument(gazetteerFile(), "compact"), {
    headers: { "Content-Type": "application/json" },
  });
