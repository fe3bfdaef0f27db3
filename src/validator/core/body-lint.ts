import { descriptionWording } from "../../domain/schema/course.ts";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** A problem in a Markdown body, at a line relative to the body's first line (1-based). */
export interface BodyProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fix: string;
}

/** Lints a Markdown body; callers choose in-process (browser, tests) or time-limited (the validator). */
export type BodyLinter = (body: string) => Promise<readonly BodyProblem[]>;

/** Reads Markdown into a syntax tree (mdast) with positions. */
export type MarkdownReader = (markdown: string) => Root;

const remark = unified().use(remarkParse).use(remarkGfm);

/**
 * GitHub-flavoured Markdown read by remark, which runs in the browser: the
 * List your course form's check. The validator passes the renderer's own
 * parser instead (see node/body-lint-worker.ts). The check and the renderer must
 * agree on where HTML and links are, or text the check takes for code (a
 * backtick pair spanning table cells) reaches the page as HTML; the tests run
 * every case through both.
 */
export const readWithRemark: MarkdownReader = (markdown) => remark.parse(markdown) as Root;

/** Schemes a link may use. Everything else (javascript:, data:, vbscript:, file:…) is refused. */
const SAFE_SCHEMES = new Set(["http", "https"]);

/**
 * The scheme a browser would see. Browsers drop control characters and
 * whitespace inside a URL before reading its scheme, so `java\tscript:` is
 * still javascript; remark has already decoded character references.
 */
function schemeOf(url: string): string | undefined {
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
}

/**
 * Lints a course or provider body: it must say something, contain no raw
 * HTML (which would reach the page unchanged), and link only to web pages.
 * It never throws, but the Markdown parser slows down sharply on some hostile
 * shapes (deep nesting, very long paragraphs): the validator runs it through
 * node/body-lint-limit.ts, which stops it after a time limit.
 */
export function lintBody(body: string, read: MarkdownReader = readWithRemark): BodyProblem[] {
  if (body.trim() === "") {
    return [
      {
        line: 1,
        column: 1,
        message: descriptionWording.missing,
        fix: "The description below the front matter is empty: write a few paragraphs after the closing ---",
      },
    ];
  }
  const problems: BodyProblem[] = [];
  try {
    findProblems(read(body), problems);
  } catch (cause) {
    problems.push(unreadable(cause));
  }
  return problems;
}

/** Adds a problem for every raw HTML node, image and link to anything but a web page. */
function findProblems(tree: Root, problems: BodyProblem[]): void {
  visit(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === "html") {
      problems.push({
        line: start.line,
        column: start.column,
        message: "Raw HTML is not allowed in descriptions",
        fix: "Use Markdown instead: **bold**, lists, [link text](https://…)",
      });
    }
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      const scheme = schemeOf(node.url);
      const relative = scheme === undefined;
      if (!relative && !SAFE_SCHEMES.has(scheme)) {
        problems.push({
          line: start.line,
          column: start.column,
          message: `Links must go to a web page; "${scheme}:" links are not allowed`,
          fix: "Link to an https:// address, or remove the link",
        });
      }
      if (node.type === "image") {
        problems.push({
          line: start.line,
          column: start.column,
          message: "Images are not allowed in descriptions",
          fix: "Remove the image; describe it in words if it matters",
        });
      }
    }
  });
}

/**
 * The Markdown parser recurses into quotes and lists, so a description nested
 * thousands of levels deep overflows the stack. Say so instead of crashing.
 */
function unreadable(cause: unknown): BodyProblem {
  const tooDeep = cause instanceof RangeError;
  return {
    line: 1,
    column: 1,
    message: tooDeep
      ? "The description is nested too deeply to read (quotes or lists inside each other)"
      : "The description could not be read as Markdown",
    fix: "Use plain paragraphs and lists at most a few levels deep",
  };
}

/** The in-process linter, unbounded in time: for the browser form, trusted text and quick tests. */
export const lintInProcess: BodyLinter = async (body) => lintBody(body);
