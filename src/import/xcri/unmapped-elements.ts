import type { Element } from "@xmldom/xmldom";
import { childElements, textOf } from "./elements.ts";
import { qualifiedName } from "./namespaces.ts";
import type { MappingNotes } from "./notes.ts";

/** An element the mapper reads, as namespace URI and local name. */
export type Handled = readonly (readonly [namespace: string, localName: string])[];

/**
 * Reports every child element that no mapper reads, with the given reason,
 * so an element the importer does not know about is listed rather than lost.
 * Empty elements carry nothing and are passed over.
 */
export function reportUnread(parent: Element, at: string, handled: Handled, notes: MappingNotes, reason: string): void {
  for (const child of childElements(parent)) {
    const known = handled.some(
      ([namespace, localName]) => child.namespaceURI === namespace && child.localName === localName,
    );
    const value = textOf(child) || child.getAttribute("href") || "";
    if (!known && value) notes.skip(`${at}${qualifiedName(child)}`, value, reason);
  }
}
