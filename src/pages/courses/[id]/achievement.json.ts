import type { APIRoute, GetStaticPaths } from "astro";
import { achievement } from "../../../domain/records/open-badge.ts";
import { catalogue } from "../../../site/catalogue.ts";
import { absoluteUrl, href } from "../../../site/paths.ts";

/** An Open Badges 3.0 Achievement for every course whose credit rating is in force. */
export const getStaticPaths = (async () => {
  const { all, providers, asOf } = await catalogue();
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
  const { entry } = props as { entry: Awaited<ReturnType<typeof catalogue>>["all"][number] };
  const { providers, asOf } = await catalogue();
  const full = (path: string) => absoluteUrl(href(path), site);
  const body = achievement(entry, providers.get(entry.course.creditRating?.ratedBy ?? ""), full, asOf);
  return new Response(JSON.stringify(body, null, 2), { headers: { "Content-Type": "application/json" } });
};
