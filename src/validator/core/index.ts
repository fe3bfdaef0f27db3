/**
 * The validator in two halves.
 *
 * `validator/core` (this folder) is the checking itself: text in, findings out.
 * It reads front matter (YAML only, never run), applies the schema and the rules,
 * lints descriptions, and words and formats every finding. It runs anywhere,
 * the browser included: the List your course form checks drafts with it. It
 * must not import Node.js built-in modules, start threads, or touch files or the process.
 *
 * `validator/node` is the shell around it for the command line and the build:
 * it walks the content folder, reads each file, runs the core on it, and lints
 * descriptions in a worker thread with time and memory limits, so one hostile
 * file cannot hold up or exhaust a build.
 */
export * from "./body-lint.ts";
export * from "./check-draft.ts";
export * from "./check-file.ts";
export * from "./course-context.ts";
export * from "./pathway-context.ts";
export * from "./duplicate-id.ts";
export * from "./finding.ts";
export * from "./front-matter.ts";
export * from "./import-todos.ts";
export * from "./locate.ts";
export * from "./report.ts";
export * from "./salvage.ts";
export * from "./schema-findings.ts";
export * from "./schema-keys.ts";
export * from "./suggest.ts";
export * from "./unsafe-text.ts";
export * from "./validation-result.ts";
export * from "./written-dates.ts";
export * from "./yaml-anchors.ts";
