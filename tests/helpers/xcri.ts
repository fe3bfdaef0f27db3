import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { importFeed } from "../../src/import/xcri/import-feed.ts";
import type { ImportReport } from "../../src/import/xcri/report.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The hand-written fixtures. */
export const FIXTURES = path.join(repoRoot, "tests/fixtures/xcri");

/** The real feeds, kept beside the project and never copied into it (shared/data/xcri/README.md). */
export const REAL_FEEDS = path.resolve(repoRoot, "../shared/data/xcri");
export const realFeedsPresent = existsSync(REAL_FEEDS);

/** A fresh, empty content folder. */
export const freshOutDir = () => mkdtemp(path.join(tmpdir(), "xcri-import-"));

/** Imports feed text or bytes into `outDir`. */
export async function importInto(
  outDir: string,
  feed: string | Uint8Array,
  { dryRun = false, feedName = "test.xml" } = {},
): Promise<ImportReport> {
  const bytes = typeof feed === "string" ? new TextEncoder().encode(feed) : feed;
  return importFeed(bytes, { outDir, dryRun, feedName });
}

/** Reads a fixture's bytes. */
export const fixture = (name: string) => readFile(path.join(FIXTURES, name));

/** An imported entry's front matter and body. */
export async function readEntry(
  outDir: string,
  relativePath: string,
): Promise<{ data: Record<string, unknown>; body: string; text: string }> {
  const text = await readFile(path.join(outDir, relativePath), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${relativePath} has no front matter`);
  return { data: yaml.load(match[1]!) as Record<string, unknown>, body: match[2]!, text };
}

/** A minimal feed with one provider and the given course elements (XML text). */
export function feedWith(courses: string, providerExtra = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:mlo="http://purl.org/net/mlo" xmlns:h="http://www.w3.org/1999/xhtml">
  <provider><dc:title>Test Provider</dc:title>${providerExtra}${courses}</provider>
</catalog>`;
}
