/**
 * Worker thread entry for body-lint-limit.ts: lints one description per
 * message, so a description that makes the Markdown parser run for minutes
 * can be stopped by ending this thread.
 */
import { parentPort } from "node:worker_threads";
import { lintBody } from "./body-lint.ts";

// Says when the parser has loaded, so the time limit covers checking a description, not starting the thread.
parentPort?.postMessage("ready");

parentPort?.on("message", ({ id, body }: { id: number; body: string }) => {
  parentPort?.postMessage({ id, problems: lintBody(body) });
});
