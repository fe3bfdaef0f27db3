/**
 * Worker thread entry for body-lint-limit.ts: lints one description per
 * message, so a description that makes the Markdown parser run for minutes
 * is refused after the time limit while the rest are checked. Ending the
 * thread cannot interrupt the native parser mid-call: that call finishes in
 * the background (many character references in one paragraph are its slow
 * shape), and the thread ends with it or with the process.
 */
import type { Root } from "mdast";
import { parentPort } from "node:worker_threads";
import { markdownToMdast } from "satteri";
import { lintBody, type MarkdownReader } from "./body-lint.ts";

/**
 * The parser of the renderer the pages use (satteri, through Astro's Markdown
 * renderer), so the check reads each description exactly as it will be
 * rendered; native, it took 1.5 s for 10,000 descriptions where remark took 8 s.
 */
const readAsRendered: MarkdownReader = (markdown) => markdownToMdast(markdown) as Root;

// Says when the parser has loaded, so the time limit covers checking a description, not starting the thread.
parentPort?.postMessage("ready");

parentPort?.on("message", ({ id, body }: { id: number; body: string }) => {
  parentPort?.postMessage({ id, problems: lintBody(body, readAsRendered) });
});
