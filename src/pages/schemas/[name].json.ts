import type { APIRoute, GetStaticPaths } from "astro";
import { publishedJsonSchema, publishedSchemas, type PublishedSchemaName } from "../../exports/published-schemas.ts";

/** JSON Schemas for the files the site publishes, generated from the same zod schemas that shape them. */
export const getStaticPaths = (() =>
  Object.keys(publishedSchemas).map((name) => ({ params: { name: `${name}.schema` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = String(params.name).replace(/\.schema$/, "") as PublishedSchemaName;
  return new Response(publishedJsonSchema(name), {
    headers: { "Content-Type": "application/schema+json" },
  });
};
