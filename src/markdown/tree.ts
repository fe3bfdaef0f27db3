import type { Root } from "mdast";
import { markdownToMdast } from "satteri";

/** What Astro's renderer turns on by default (see html.ts): GitHub-flavoured Markdown and smart quotes. */
const RENDERED_FEATURES = { gfm: true, smartPunctuation: true } as const;

/**
 * A description's syntax tree as the site's renderer reads it: the same native
 * parser (satteri) with the same features. The validator checks this tree, so
 * what it passes is what pages show, and the search index takes its words
 * from it. Positions can be left out where nothing reports a line.
 */
export function readAsRendered(markdown: string, options: { positions?: boolean } = {}): Root {
  return markdownToMdast(markdown, { features: RENDERED_FEATURES, position: options.positions ?? true }) as Root;
}
