import type { Element } from "@xmldom/xmldom";
import { NS } from "./namespaces.ts";

/** The element children of `parent`, in document order. */
export function childElements(parent: Element): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) found.push(node as Element);
  }
  return found;
}

/** Children of `parent` with this namespace and local name. */
export function childrenNamed(parent: Element, namespace: string, localName: string): Element[] {
  return childElements(parent).filter((child) => child.namespaceURI === namespace && child.localName === localName);
}

/** The first child with this namespace and local name. */
export function childNamed(parent: Element, namespace: string, localName: string): Element | undefined {
  return childrenNamed(parent, namespace, localName)[0];
}

/** An element's text with runs of white space (CR, LF, tabs) made single spaces; "" when absent. */
export function textOf(element: Element | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The text of the first child so named, or undefined when it is absent or empty. */
export function childText(parent: Element, namespace: string, localName: string): string | undefined {
  return textOf(childNamed(parent, namespace, localName)) || undefined;
}

/**
 * The xsi:type of an element (such as "xcriTerms:careerOutcome"), local part only,
 * since feeds bind the prefix to different namespace URIs.
 */
export function xsiTypeOf(element: Element): string | undefined {
  const type = element.getAttributeNS(NS.xsi, "type");
  return type ? type.slice(type.indexOf(":") + 1) : undefined;
}
