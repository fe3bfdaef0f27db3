import type { APIRoute, GetStaticPaths } from "astro";
import { z } from "zod";
import { cpdRecordSchema } from "../../domain/records/cpd-record.ts";
import { achievementSchema } from "../../domain/records/open-badge.ts";

/** JSON Schemas for the files the site publishes, generated from the same zod schemas that shape them. */
const published = { "cpd-record": cpdRecordSchema, achievement: achievementSchema } as const;

export const getStaticPaths = (() =>
  Object.keys(published).map((name) => ({ params: { name: `${name}.schema` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = String(params.name).replace(/\.schema$/, "") as keyof typeof published;
  return new Response(JSON.stringify(z.toJSONSchema(published[name]), null, 2), {
    headers: { "Content-Type": "application/schema+json" },
  });
};
