#!/usr/bin/env node
/**
 * npm run check:interop [-- <built site folder>]
 * Runs every interoperability check over a built site (dist/ unless another folder is given) and
 * prints each validator's figures: files passing, failures by rule. The checks themselves are in
 * tests/interop/ (README.md there); tests/e2e/interop.spec.ts holds the build to them.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkSite, formatFigures } from "../tests/interop/check-site.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.resolve(process.argv[2] ?? path.join(projectRoot, "dist"));
console.log(`Interoperability checks over ${dist}\n`);
console.log(formatFigures(checkSite(dist)));
