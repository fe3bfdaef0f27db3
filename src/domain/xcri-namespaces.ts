/**
 * XCRI-CAP 1.2 namespaces (reference/xcri-cap-1.2/XCRI_CAP_1.2.md): the feed
 * writer declares them and the importer matches elements by them.
 */
export const XCRI_NAMESPACES = {
  catalog: "http://xcri.org/profiles/1.2/catalog",
  dc: "http://purl.org/dc/elements/1.1/",
  mlo: "http://purl.org/net/mlo",
  credit: "http://purl.org/net/cm",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;
