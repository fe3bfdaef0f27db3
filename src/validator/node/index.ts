/**
 * The validator's Node shell (see ../core/index.ts for the two halves): lists
 * and reads the content folder, runs the browser-safe core on each file, and
 * lints descriptions in a worker thread (body-lint-worker.ts) with time and
 * memory limits.
 */
export * from "./body-lint-limit.ts";
export * from "./content-files.ts";
export * from "./map-limited.ts";
export * from "./validate-catalogue.ts";
