/**
 * Worker thread entry for body-lint-limit.ts: lints one description per
 * message, so a description that makes the Markdown parser run for minutes
 * is refused after the time limit while the rest are checked. Ending the
 * thread cannot interrupt the native parser mid-call: that call finishes in
 * the background (many character references in one paragraph are its slow
 * shape), and the thread ends with it or with the process.
 */
import { parentPort } from "node:worker_threads";
import { readAsRendered } from "../../markdown/tree.ts";
import { lintBody } from "../core/body-lint.ts";

// Says when the parser has loaded, so the time limit covers checking a description, not starting the thread.
parentPort?.postMessage("ready");

parentPort?.on("message", ({ id, body }: { id: number; body: string }) => {
  parentPort?.postMessage({ id, problems: lintBody(body, (markdown) => readAsRendered(markdown)) });
});
