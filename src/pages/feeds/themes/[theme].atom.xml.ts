import type { APIRoute, GetStaticPaths } from "astro";
import { coursesWith, themeFacet } from "../../../domain/facets.ts";
import { atomFeed } from "../../../exports/atom.ts";
import { checkedCatalogue } from "../../../catalogue/hand-off.ts";
import { absoluteUrl, coursePath, facetPath, href } from "../../../site/paths.ts";

export const getStaticPaths = (() =>
  themeFacet.terms.map((theme) => ({
    params: { theme: theme.id },
    props: { label: theme.label },
  }))) satisfies GetStaticPaths;

/** New and updated courses on one theme, for commissioners who follow a theme. */
export const GET: APIRoute = async ({ params, props, site }) => {
  const { active, asOf, generatedAt } = checkedCatalogue();
  const full = (path: string) => absoluteUrl(path, site);
  const xml = atomFeed(coursesWith(themeFacet, String(params.theme), active, asOf), {
    title: `New and updated courses: ${(props as { label: string }).label}`,
    feedUrl: full(href(`feeds/themes/${params.theme}.atom.xml`)),
    siteUrl: full(facetPath(themeFacet, String(params.theme))),
    coursePage: (id) => full(coursePath(id)),
    generatedAt,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
