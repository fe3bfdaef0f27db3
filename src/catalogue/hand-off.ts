import type { Catalogue } from "./catalogue.ts";

/**
 * The channel from the catalogue-guard integration, which checks the content
 * folder, to the pages, which render it. Astro bundles pages apart from the
 * integration but runs them in the same process, so the one module instance
 * both could share is not guaranteed: the catalogue is handed over on a
 * process-wide symbol instead, and only through these two functions.
 * Reading it again with Astro's content layer had cost more than the checks
 * themselves at 10,000 courses.
 */
const KEY = Symbol.for("nw-course-finder.checked-catalogue");
type Holder = { [KEY]?: Catalogue };

/** Makes a checked catalogue the one pages are built from (called by the integration after each check). */
export function handOverCatalogue(catalogue: Catalogue): void {
  (globalThis as Holder)[KEY] = catalogue;
}

/** The catalogue for this build; in the dev server, the latest check of the content folder. */
export function checkedCatalogue(): Catalogue {
  const catalogue = (globalThis as Holder)[KEY];
  if (!catalogue) {
    throw new Error(
      "The catalogue has not been checked: pages read it from the catalogue-guard integration in astro.config.mjs, which must run first",
    );
  }
  return catalogue;
}
