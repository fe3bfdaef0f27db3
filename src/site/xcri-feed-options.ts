import type { Catalogue } from "../catalogue/catalogue.ts";
import type { XcriFeedOptions } from "../exports/xcri-cap.ts";
import { absoluteUrl, coursePath, pathwayPath, providerPath } from "./paths.ts";

/**
 * What every XCRI-CAP feed of this build knows: when it was made, full page addresses, provider names
 * and the pathways to awards each course counts toward.
 */
export function xcriFeedOptions(catalogue: Catalogue, site: URL | undefined): XcriFeedOptions {
  const full = (path: string) => absoluteUrl(path, site);
  return {
    generatedAt: catalogue.generatedAt,
    providerPage: (id) => full(providerPath(id)),
    coursePage: (id) => full(coursePath(id)),
    providerName: (id) => catalogue.providers.get(id)?.name,
    pathwaysOf: (id) => catalogue.pathwaysOfCourse.get(id) ?? [],
    pathwayPage: (id) => full(pathwayPath(id)),
  };
}
