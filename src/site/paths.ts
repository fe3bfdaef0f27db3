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
export const facetPath = (facetKey: string, id?: string) => href(id ? `${facetKey}/${id}/` : `${facetKey}/`);
/** The search page with one filter ticked (with no words, search lists soonest first, as browse pages do). */
export const searchPath = (filter: string, value: string) =>
  href(`search/?${new URLSearchParams({ [filter]: value })}`);
export const glossaryPath = (vocabularyKey: string, id?: string) =>
  href(`glossary/#${id ? `${vocabularyKey}-${id}` : vocabularyKey}`);

/**
 * The full public address of a site path, for feeds, exports and canonical
 * links; the site path itself if the site's address is not configured.
 */
export function absoluteUrl(sitePath: string, site: URL | undefined): string {
  return site ? new URL(sitePath, site).href : sitePath;
}
