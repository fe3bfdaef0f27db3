import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";

/**
 * Astro's own Markdown renderer with Astro's defaults (GitHub-flavoured
 * Markdown, smart quotes, heading ids). No code highlighting: descriptions are prose.
 * Raw HTML, images and unsafe links never get here: the validator refuses them,
 * reading each description with the same parser and features (tree.ts).
 */
const processor = createSatteriMarkdownProcessor({ syntaxHighlight: false });

/** A course description as HTML. */
export async function descriptionHtml(markdown: string): Promise<string> {
  return (await (await processor).render(markdown)).code;
}
