#!/usr/bin/env node
/**
 * node bench/write-catalogue.ts SIZE DIR: writes the benchmark's synthetic catalogue of SIZE courses
 * (generate.ts, from the sample entries in content/) into DIR, replacing what is there, to measure
 * a tool on it by hand: `npm run validate -- --content DIR`, or a build with CATALOGUE_CONTENT_DIR=DIR.
 */
import path from "node:path";
import { generateCatalogue, writeCatalogueFiles } from "./generate.ts";

const [size, dir] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(size) || size < 1 || !dir) {
  console.error("Usage: node bench/write-catalogue.ts SIZE DIR   (for example 50000 /tmp/content-50000)");
  process.exit(2);
}
const files = await generateCatalogue(size, { templatesDir: path.join(process.cwd(), "content") });
await writeCatalogueFiles(path.resolve(dir), files);
console.log(`Wrote ${files.length} files (${size} courses and their providers) to ${path.resolve(dir)}.`);
