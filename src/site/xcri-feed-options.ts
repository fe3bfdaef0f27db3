import type { Catalogue } from "../catalogue/catalogue.ts";
import type { XcriFeedOptions } from "../exports/xcri-cap.ts";
import { absoluteUrl, coursePath, providerPath } from "./paths.ts";

/** What every XCRI-CAP feed of this build knows: when it was made, full page addresses and provider names. */
export function xcriFeedOptions(catalogue: Catalogue, site: URL | undefined): XcriFeedOptions {
  const full = (path: string) => absoluteUrl(path, site);
  return {
    generatedAt: catalogue.generatedAt,
    providerPage: (id) => full(providerPath(id)),
    coursePage: (id) => full(coursePath(id)),
    providerName: (id) => catalogue.providers.get(id)?.name,
  };
}
