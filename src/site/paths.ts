import type { BrowseFacet, GlossaryFacet, SearchFilter } from "../domain/facets.ts";

/**
 * Every internal link goes through here so the site works under any base path
 * (a project site at /course-finder/ as well as one at /), set with SITE_BASE.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** A site path such as "courses/x/" made absolute under the base path. */
export function href(path = ""): string {
  return `${base}${path.replace(/^\//, "")}`;
}

export const coursePath = (id: string) => href(`courses/${id}/`);
export const providerPath = (id: string) => href(`providers/${id}/`);
/** A pathway to an award, or, with no id, the list of every pathway. */
export const pathwayPath = (id?: string) => href(id ? `pathways/${id}/` : "pathways/");
/** The XCRI-CAP 1.2 feed of the whole catalogue. */
export const xcriFeedPath = () => href("feeds/xcri-cap.xml");
/** One provider's XCRI-CAP 1.2 feed: one provider per catalog, as course directories' validators require. */
export const providerXcriFeedPath = (id: string) => href(`feeds/xcri-cap/${id}.xml`);
/** The page that lists every feed the site publishes. */
export const feedsPath = () => href("feeds/");
/** A browse facet's list of values, or the browse page of one value. */
export const facetPath = ({ browse }: BrowseFacet, id?: string) =>
  href(id ? `${browse.folder}/${id}/` : `${browse.folder}/`);
/** The search page with one filter ticked (with no words, search lists soonest first, as browse pages do). */
export const searchPath = ({ search }: SearchFilter, value: string) =>
  href(`search/?${new URLSearchParams({ [search.param]: value })}`);
/** Page `number` of a list split into pages under `folder` ("courses/"): the folder itself for the first. */
export const listPagePath = (folder: string, number: number) =>
  href(number === 1 ? folder : `${folder}page/${number}/`);
/** The gazetteer of towns and postcode districts the search page loads for "Town or postcode" (src/pages/search/places.json.ts). */
export const placesGazetteerPath = () => href("search/places.json");
/** A vocabulary's section of the glossary, or one term's definition in it. */
export const glossaryPath = ({ glossaryKey }: GlossaryFacet, id?: string) =>
  href(`glossary/#${id ? `${glossaryKey}-${id}` : glossaryKey}`);

/**
 * The full public address of a site path, for feeds, exports and canonical
 * links; the site path itself if the site's address is not configured.
 */
export function absoluteUrl(sitePath: string, site: URL | undefined): string {
  return site ? new URL(sitePath, site).href : sitePath;
}
