import type { APIRoute, GetStaticPaths } from "astro";
import { achievement, achievementJson } from "../../../exports/open-badge.ts";
import type { CourseEntry } from "../../../catalogue/catalogue.ts";
import { checkedCatalogue } from "../../../catalogue/hand-off.ts";
import { absoluteUrl, href } from "../../../site/paths.ts";

/** An Open Badges 3.0 Achievement for every course whose credit rating is in force. */
export const getStaticPaths = (async () => {
  const { all, providers, asOf } = checkedCatalogue();
  return all.flatMap((entry) => {
    const body = achievement(
      entry,
      providers.get(entry.course.creditRating?.ratedBy ?? ""),
      (path) => href(path),
      asOf,
    );
    return body ? [{ params: { id: entry.course.id }, props: { entry } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: CourseEntry };
  const { providers, asOf } = checkedCatalogue();
  const full = (path: string) => absoluteUrl(href(path), site);
  const body = achievement(entry, providers.get(entry.course.creditRating?.ratedBy ?? ""), full, asOf)!;
  return new Response(achievementJson(body), { headers: { "Content-Type": "application/json" } });
};
