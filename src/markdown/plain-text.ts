import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { readAsRendered } from "./tree.ts";

/** A block's text: a list as one line per item, anything else as its words run together. */
function blockText(block: RootContent): string {
  if (block.type === "list") return block.children.map((item) => `- ${toString(item)}`).join("\n");
  return toString(block);
}

/**
 * A description as plain text, the way the page reads it: headings, paragraphs and list items
 * without their Markdown marks, blocks a blank line apart. For formats that carry text, not
 * Markdown, such as an XCRI-CAP feed's dc:description.
 */
export function plainTextOf(markdown: string): string {
  return readAsRendered(markdown, { positions: false })
    .children.map(blockText)
    .filter((text) => text.trim() !== "")
    .join("\n\n");
}
