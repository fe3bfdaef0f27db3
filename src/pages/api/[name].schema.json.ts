import type { APIRoute, GetStaticPaths } from "astro";
import { describedJsonSchema } from "../../docs/json-schema.ts";
import { coursesExportSchema, pathwaysExportSchema, providersExportSchema } from "../../exports/catalogue-json.ts";
import { coverageExportSchema } from "../../domain/catalogue-export-schema.ts";
import { jsonDocument } from "../../exports/json.ts";

/** JSON Schemas for the exports, generated from the zod schemas that shape them and their doc comments. */
const schemas = {
  courses: coursesExportSchema,
  providers: providersExportSchema,
  pathways: pathwaysExportSchema,
  coverage: coverageExportSchema,
} as const;

export const getStaticPaths = (() =>
  Object.keys(schemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const schema = schemas[params.name as keyof typeof schemas];
  return new Response(jsonDocument(describedJsonSchema(schema)), {
    headers: { "Content-Type": "application/schema+json" },
  });
};
