import { XCRI_NAMESPACES } from "../../domain/xcri-namespaces.ts";

/**
 * Namespaces the importer reads. Elements are matched by namespace URI and
 * local name, never by prefix: feeds choose their own prefixes, and some write
 * Dublin Core elements with a redeclared default namespace instead of `dc:`.
 */
export const NS = {
  ...XCRI_NAMESPACES,
  dcterms: "http://purl.org/dc/terms/",
  xhtml: "http://www.w3.org/1999/xhtml",
} as const;

/** An element's name as reports show it, with the usual prefix for its namespace. */
export function qualifiedName(element: { namespaceURI: string | null; localName: string | null }): string {
  const prefix = Object.entries(NS).find(([, uri]) => uri === element.namespaceURI)?.[0];
  const local = element.localName ?? "?";
  if (prefix === "catalog") return local;
  return prefix ? `${prefix}:${local}` : `{${element.namespaceURI ?? ""}}${local}`;
}
