#!/usr/bin/env node
/**
 * npm run import:xcri -- <feed.xml> [--out <dir>] [--dry-run] [--report <file.json>] [--subject <code>]… [--title <pattern>]
 * Imports an XCRI-CAP 1.2 feed as provider and course entries (default folder: content/).
 * Exit status: 0 imported; 1 some file was refused or a field conflicts with a hand edit; 2 the feed
 * or the command line could not be used.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { importFeed } from "../src/import/xcri/import-feed.ts";
import { FEED_LIMITS } from "../src/import/xcri/limits.ts";
import { FeedError } from "../src/import/xcri/read-feed.ts";
import { summaryText } from "../src/import/xcri/summary-text.ts";
import { scopeFrom } from "../src/import/scope.ts";

const USAGE =
  "Usage: npm run import:xcri -- <feed.xml> [--out <dir>] [--dry-run] [--report <file.json>] [--subject <code or words>]… [--title <pattern>]";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: "string", default: "content" },
        "dry-run": { type: "boolean", default: false },
        report: { type: "string" },
        subject: { type: "string", multiple: true },
        title: { type: "string" },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [feed, ...extra] = args.positionals;
  if (!feed || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  let scope;
  try {
    scope = scopeFrom({ subject: args.values.subject, title: args.values.title });
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    // The size is checked before reading, so a huge file is refused without filling memory.
    const { size } = await stat(feed);
    if (size > FEED_LIMITS.maxFeedBytes) {
      console.error(
        `Cannot import ${feed}: it is ${size} bytes; the importer reads feeds of up to ${FEED_LIMITS.maxFeedBytes}`,
      );
      return 2;
    }
    bytes = await readFile(feed);
  } catch (error) {
    console.error(`Cannot read ${feed}: ${(error as Error).message}`);
    return 2;
  }
  try {
    const report = await importFeed(bytes, {
      outDir: args.values.out,
      dryRun: args.values["dry-run"],
      feedName: path.basename(feed),
      scope,
    });
    console.log(summaryText(report));
    if (args.values.report) {
      await writeFile(args.values.report, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`\nFull report: ${args.values.report}`);
    }
    const needsAttention = [...report.providers, ...report.courses].some(
      (entry) => entry.outcome === "refused" || entry.conflicts.length > 0,
    );
    if (!report.dryRun && report.summary.courses > 0) {
      const validate =
        args.values.out === "content" ? "npm run validate" : `npm run validate -- --content ${args.values.out}`;
      console.log(`\nNext: ${validate}, then answer each TODO it lists.`);
    }
    return needsAttention ? 1 : 0;
  } catch (error) {
    if (error instanceof FeedError) {
      console.error(`Cannot import ${feed}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
