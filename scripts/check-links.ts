#!/usr/bin/env node
/**
 * npm run check:links [-- <dist dir> [base path]]
 * Lists every internal link or fragment in the built site that leads nowhere; exits 1 if any.
 */
import path from "node:path";
import { findBrokenLinks } from "../src/build-checks/links.ts";

const distDir = path.resolve(process.argv[2] ?? "dist");
const base = process.argv[3] ?? process.env.SITE_BASE ?? "/";
const broken = await findBrokenLinks(distDir, base);
for (const { page, link, reason } of broken) console.log(`${page}: ${link} (${reason})`);
console.log(broken.length === 0 ? "Every internal link resolves." : `${broken.length} broken link(s).`);
process.exit(broken.length === 0 ? 0 : 1);
