#!/usr/bin/env node
/**
 * npm run import:xcri -- <feed.xml> [--out <dir>] [--dry-run] [--report <file.json>] [--subject <code>]… [--title <pattern>]
 * Imports an XCRI-CAP 1.2 feed as provider and course entries (default folder: content/).
 * Exit status: 0 imported; 1 some file was refused or a field conflicts with a hand edit; 2 the feed
 * or the command line could not be used.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { importFeed } from "../src/import/xcri/import-feed.ts";
import { FEED_LIMITS } from "../src/import/xcri/limits.ts";
import { FeedError } from "../src/import/xcri/read-feed.ts";
import { summaryText } from "../src/import/xcri/summary-text.ts";
import { finishImport, importOptions, readImportFile, scopeOrExplain } from "./import-command.ts";

const USAGE =
  "Usage: npm run import:xcri -- <feed.xml> [--out <dir>] [--dry-run] [--report <file.json>] [--subject <code or words>]… [--title <pattern>]";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: importOptions,
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
  const scope = scopeOrExplain(args.values);
  if (!scope) return 2;
  const bytes = await readImportFile(feed, FEED_LIMITS.maxFeedBytes, "feeds");
  if (!bytes) return 2;
  try {
    const report = await importFeed(bytes, {
      outDir: args.values.out,
      dryRun: args.values["dry-run"],
      feedName: path.basename(feed),
      scope,
    });
    console.log(summaryText(report));
    const needsAttention = [...report.providers, ...report.courses].some(
      (entry) => entry.outcome === "refused" || entry.conflicts.length > 0,
    );
    await finishImport(
      report,
      args.values,
      !report.dryRun && report.summary.courses > 0,
      ", then answer each TODO it lists.",
    );
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
