import type { APIRoute, GetStaticPaths } from "astro";
import { courseCalendar } from "../../../exports/course-calendar.ts";
import { catalogue, type CourseEntry } from "../../../site/catalogue.ts";
import { absoluteUrl, coursePath } from "../../../site/paths.ts";

/** A calendar file for every course with at least one dated run. */
export const getStaticPaths = (async () =>
  (await catalogue()).all
    .filter(({ course }) => course.presentations.some((run) => run.start !== undefined))
    .map((entry) => ({ params: { id: entry.course.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry } = props as { entry: CourseEntry };
  const page = absoluteUrl(coursePath(entry.course.id), site);
  return new Response(courseCalendar(entry, page), { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
