#!/usr/bin/env node
/**
 * npm run import:csv -- <file.csv> [--out <dir>] [--dry-run] [--partial] [--report <file.json>]
 *                       [--subject <code>]… [--title <pattern>]
 * npm run import:csv -- --template      (prints the header row)
 * Imports a course sheet, one row per run, as course entries (default folder: content/).
 * Exit status: 0 imported; 1 a row was refused or a field conflicts with a hand edit; 2 the sheet
 * or the command line could not be used.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { todayIso } from "../src/domain/dates.ts";
import { templateHeader } from "../src/import/csv/columns.ts";
import { importCsv, SheetError } from "../src/import/csv/import-csv.ts";
import { csvSummaryText } from "../src/import/csv/summary-text.ts";
import { finishImport, importOptions, readImportFile, scopeOrExplain } from "./import-command.ts";

const USAGE =
  "Usage: npm run import:csv -- <file.csv> [--out <dir>] [--dry-run] [--partial] [--report <file.json>] [--subject <code>]… [--title <pattern>]\n       npm run import:csv -- --template";
/** Larger than any provider's course list; refused before reading so a wrong file cannot fill memory. */
const MAX_SHEET_BYTES = 20 * 1024 * 1024;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        ...importOptions,
        partial: { type: "boolean", default: false },
        template: { type: "boolean", default: false },
        "as-of": { type: "string" },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.template) {
    process.stdout.write(stringify([templateHeader()]));
    return 0;
  }
  const [sheet, ...extra] = args.positionals;
  if (!sheet || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const scope = scopeOrExplain(args.values);
  if (!scope) return 2;
  const bytes = await readImportFile(sheet, MAX_SHEET_BYTES, "sheets");
  if (!bytes) return 2;
  try {
    const report = await importCsv(bytes, path.basename(sheet), {
      outDir: args.values.out,
      dryRun: args.values["dry-run"],
      partial: args.values.partial,
      today: args.values["as-of"] ?? todayIso(),
      scope,
    });
    console.log(csvSummaryText(report));
    await finishImport(report, args.values, !report.dryRun && report.summary.created + report.summary.updated > 0);
    const needsAttention = report.summary.refused > 0 || report.courses.some((course) => course.conflicts.length > 0);
    return needsAttention ? 1 : 0;
  } catch (error) {
    if (error instanceof SheetError) {
      console.error(`Cannot import ${sheet}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
