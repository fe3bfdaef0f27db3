import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

/** Text in a built page with a space before a punctuation mark, as in "GitHub , paste" or "2027 .". */
export interface StraySpace {
  /** The page holding the text, relative to the site root. */
  readonly page: string;
  /** The words around the stray space, with runs of white space shown as one space. */
  readonly snippet: string;
}

/** Elements whose text is code or not text at all, which the check skips. */
const SKIPPED = /<(pre|code|kbd|samp|script|style|textarea|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Elements that run on inside a line of text: their tags join the text either side. */
const INLINE = new Set(
  "a abbr b bdi bdo cite data del dfn em i ins mark q s small span strong sub sup time u wbr".split(" "),
);
/** White space before punctuation that ends a word or a sentence (not the dot of ".5" or ".md"). */
const STRAY = /\s+[,.;:)](?![\p{L}\p{N}])/gu;
/** Characters of context either side of a stray space in a report. */
const CONTEXT = 40;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * The text of a page as a reader meets it: inline tags join the words either side, other tags
 * break the text (shown as NUL), and code, scripts, styles, comments and attribute values are gone.
 */
export function readableText(html: string): string {
  const withoutCode = html.replace(/<!--[\s\S]*?-->/g, "").replace(SKIPPED, "\0");
  const text = withoutCode.replace(/<\/?([a-z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, (_tag, name: string) =>
    INLINE.has(name.toLowerCase()) ? "" : "\0",
  );
  return decode(text);
}

/** Every place in one page's text where a space comes before `,` `.` `;` `:` or `)`. */
export function straySpacesIn(html: string): string[] {
  const text = readableText(html);
  return [...text.matchAll(STRAY)].map((match) => {
    const before = text
      .slice(Math.max(0, match.index - CONTEXT), match.index)
      .split("\0")
      .at(-1)!;
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + CONTEXT).split("\0")[0]!;
    return `${before}${match[0]}${after}`.replace(/\s+/g, " ").trim();
  });
}

/**
 * Checks every page of a built site for a space before punctuation, which appears when a
 * formatter wraps a line between an inline element and the comma or full stop after it.
 */
export async function findStraySpaces(distDir: string): Promise<StraySpace[]> {
  const pages = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  return pages.flatMap((page) =>
    straySpacesIn(readFileSync(path.join(distDir, page), "utf8")).map((snippet) => ({
      page: page.split(path.sep).join("/"),
      snippet,
    })),
  );
}
