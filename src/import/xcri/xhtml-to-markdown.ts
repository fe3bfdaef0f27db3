import type { Node as DomNode } from "@xmldom/xmldom";
import type { Element as HastElement, ElementContent, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import { toString } from "mdast-util-to-string";
import rehypeRemark from "rehype-remark";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { FEED_LIMITS } from "./limits.ts";
import { NS } from "./namespaces.ts";

/** Link schemes that may reach a description; the validator's body lint allows no others. */
const WEB_SCHEMES = /^https?:\/\//i;

/**
 * Copies an element's content into a hast tree: XHTML elements keep their
 * tag and, for links and images, their address; every other attribute (style, on…) and every
 * element outside XHTML is dropped, keeping its text. Plain text without
 * markup becomes one paragraph per blank-line-separated block.
 */
function toHast(element: DomNode): HastRoot {
  const children = [...childNodes(element)];
  const hasMarkup = children.some((child) => child.nodeType === child.ELEMENT_NODE && child.namespaceURI === NS.xhtml);
  if (hasMarkup) return { type: "root", children: children.flatMap((child) => hastOf(child, 0)) };
  const paragraphs = (element.textContent ?? "").split(/\r?\n\s*\r?\n/).map((text) => text.replace(/\s+/g, " ").trim());
  return {
    type: "root",
    children: paragraphs
      .filter(Boolean)
      .map((text) => ({ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: text }] })),
  };
}

function* childNodes(node: DomNode): Generator<DomNode> {
  for (let child = node.firstChild; child; child = child.nextSibling) yield child;
}

function hastOf(node: DomNode, depth: number): ElementContent[] {
  if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) {
    return [{ type: "text", value: node.nodeValue ?? "" }];
  }
  if (node.nodeType !== node.ELEMENT_NODE) return [];
  if (depth >= FEED_LIMITS.maxMarkupDepth) return [{ type: "text", value: node.textContent ?? "" }];
  const children = [...childNodes(node)].flatMap((child) => hastOf(child, depth + 1));
  if (node.namespaceURI !== NS.xhtml) return children;
  const tagName = (node.localName ?? "span").toLowerCase();
  // Only where a link or image points is kept, so makeSafe can judge it; style, on… handlers and the rest go.
  const attribute = tagName === "a" ? "href" : tagName === "img" ? "src" : undefined;
  const value = attribute && (node as unknown as { getAttribute(name: string): string | null }).getAttribute(attribute);
  const element: HastElement = { type: "element", tagName, properties: value ? { [attribute]: value } : {}, children };
  return [element];
}

/** What was left out of a description for safety. */
export interface RemovedContent {
  readonly kind: "link" | "image" | "raw HTML";
  readonly value: string;
}

/**
 * Removes what must not reach a page: raw HTML, images, and links that do not
 * go to a web page (javascript:, data:, relative paths). A removed link keeps
 * its text.
 */
function makeSafe(tree: MdastRoot, removed: RemovedContent[]): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === "html" || node.type === "image" || node.type === "imageReference" || node.type === "definition") {
      removed.push({
        kind: node.type === "html" ? "raw HTML" : node.type === "definition" ? "link" : "image",
        value: "url" in node ? node.url : "",
      });
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === "link" && !WEB_SCHEMES.test(node.url.replace(/[\u0000-\u0020\u007f]/g, ""))) {
      removed.push({ kind: "link", value: node.url });
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    return undefined;
  });
}

const toMdast = unified().use(rehypeRemark);
const toMarkdownText = unified().use(remarkStringify, { bullet: "-", emphasis: "_", rule: "-" });

/** A description converted, with whatever was removed on the way. */
export interface ConvertedDescription {
  readonly markdown: string;
  /** The same content as single-paragraph plain text, for fields that take no Markdown. */
  readonly plainText: string;
  readonly removed: RemovedContent[];
}

/**
 * Converts an XCRI-CAP description element (XHTML or plain text) to safe
 * Markdown with unified: DOM → hast → mdast (rehype-remark) → Markdown (remark-stringify).
 */
export function toSafeMarkdown(element: DomNode): ConvertedDescription {
  const removed: RemovedContent[] = [];
  const tree = toMdast.runSync(toHast(element)) as MdastRoot;
  makeSafe(tree, removed);
  const markdown = toMarkdownText
    .stringify(tree)
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .slice(0, FEED_LIMITS.maxDescriptionChars);
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      blocks.push(toString(node).replace(/\s+/g, " ").trim());
      return SKIP;
    }
    return undefined;
  });
  return { markdown, plainText: blocks.filter(Boolean).join(" "), removed };
}
