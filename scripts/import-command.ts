/**
 * What the two import commands (import:xcri, import:csv) share: their common options, reading the
 * file with a size limit, choosing what comes in, and writing the report with what to do next.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { scopeFrom, type ImportScope } from "../src/import/scope.ts";

/** The options both commands take (for `parseArgs`). */
export const importOptions = {
  out: { type: "string", default: "content" },
  "dry-run": { type: "boolean", default: false },
  report: { type: "string" },
  subject: { type: "string", multiple: true },
  title: { type: "string" },
} as const;

/** What to import, as `--subject` and `--title` say; undefined, having said why, when they cannot be used. */
export function scopeOrExplain(values: {
  subject?: string[] | undefined;
  title?: string | undefined;
}): ImportScope | undefined {
  try {
    return scopeFrom({ subject: values.subject, title: values.title });
  } catch (error) {
    console.error((error as Error).message);
    return undefined;
  }
}

/**
 * The file's bytes, refused before reading when over `maxBytes` (a wrong file cannot fill memory);
 * undefined, having said why, when it cannot be read.
 */
export async function readImportFile(file: string, maxBytes: number, what: string): Promise<Uint8Array | undefined> {
  try {
    const { size } = await stat(file);
    if (size > maxBytes) {
      console.error(`Cannot import ${file}: it is ${size} bytes; the importer reads ${what} of up to ${maxBytes}`);
      return undefined;
    }
    return await readFile(file);
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return undefined;
  }
}

/** Writes the full report when asked, and says how to check what was written. */
export async function finishImport(
  report: unknown,
  values: { out: string; report?: string | undefined },
  wrote: boolean,
  afterValidating = "",
): Promise<void> {
  if (values.report) {
    await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nFull report: ${values.report}`);
  }
  if (!wrote) return;
  const validate = values.out === "content" ? "npm run validate" : `npm run validate -- --content ${values.out}`;
  // No full stop straight after the command, which would be copied with it.
  console.log(`\nNext: ${validate}${afterValidating}`);
}
