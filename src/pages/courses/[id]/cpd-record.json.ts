import type { APIRoute, GetStaticPaths } from "astro";
import { cpdRecord } from "../../../domain/records/cpd-record.ts";
import { catalogue, type CourseEntry } from "../../../site/catalogue.ts";
import { absoluteUrl, coursePath } from "../../../site/paths.ts";

export const getStaticPaths = (async () =>
  (await catalogue()).all.map((entry) => ({
    params: { id: entry.course.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

/** A course's CPD record as JSON, to attach to revalidation or appraisal evidence. */
export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: CourseEntry };
  const { asOf } = await catalogue();
  const url = absoluteUrl(coursePath(entry.course.id), site);
  return new Response(JSON.stringify(cpdRecord(entry, url, asOf), null, 2), {
    headers: { "Content-Type": "application/json" },
  });
};
