import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { importProvenanceSchema, type ImportProvenance } from "../../domain/schema/index.ts";
import { BODY_KEY, entryText, readEntryText } from "./entry-file.ts";
import { mergeEntry, PROVENANCE_KEY, type Conflict } from "./merge.ts";

/** What happened to one entry's file. */
export type WriteOutcome = "created" | "updated" | "unchanged" | "refused";

export interface WriteResult {
  readonly outcome: WriteOutcome;
  /** Why the file was refused, when it was. */
  readonly reason?: string;
  readonly keptEdits: string[];
  readonly conflicts: Conflict[];
}

/** An entry to write: where, from which feed identifier, and the feed's fields with the body under BODY_KEY. */
export interface PlannedEntry {
  /** Path under the output folder, such as "courses/acme/first-aid.md". */
  readonly relativePath: string;
  readonly source: string;
  readonly fields: Record<string, unknown>;
  /** What it was imported from; XCRI-CAP unless said. */
  readonly format?: ImportProvenance["format"];
}

/**
 * The file for a path under the output folder. Ids are already slugs, so
 * this cannot fail for the importer's own paths; it guards against any later
 * change that would let a feed choose where a file goes.
 */
export function safeTarget(outDir: string, relativePath: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, relativePath);
  if (!target.startsWith(root + path.sep)) throw new Error(`Refusing to write outside ${root}: ${relativePath}`);
  return target;
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Writes one imported entry, merging with the file already there: fields left
 * as imported take the feed's new values, hand edits are kept (conflicts
 * reported), and a file the importer did not write is never touched.
 * With `dryRun`, works out the same outcome and writes nothing.
 */
export async function writeEntry(outDir: string, entry: PlannedEntry, dryRun: boolean): Promise<WriteResult> {
  const file = safeTarget(outDir, entry.relativePath);
  const existing = await readIfPresent(file);
  const refuse = (reason: string): WriteResult => ({ outcome: "refused", reason, keptEdits: [], conflicts: [] });
  let current;
  if (existing !== undefined) {
    const read = readEntryText(existing);
    if (!read.ok) return refuse(`${entry.relativePath}: ${read.reason}; fix it or move it away, then import again`);
    const provenance = importProvenanceSchema.safeParse(read.fields[PROVENANCE_KEY]);
    if (!provenance.success) {
      return refuse(
        `${entry.relativePath} was not written by the importer (it has no valid ${PROVENANCE_KEY}: record); it was left as it is`,
      );
    }
    current = { fields: read.fields, provenance: provenance.data };
  }
  const merged = mergeEntry(entry.fields, current);
  const { [BODY_KEY]: body, ...frontMatter } = merged.fields;
  const format = entry.format ?? "XCRI-CAP 1.2";
  const provenance = { format, source: entry.source, fields: merged.fingerprints };
  const text = entryText(
    { ...frontMatter, [PROVENANCE_KEY]: provenance },
    typeof body === "string" ? body : "",
    format,
  );
  const outcome: WriteOutcome = existing === undefined ? "created" : existing === text ? "unchanged" : "updated";
  if (outcome !== "unchanged" && !dryRun) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return { outcome, keptEdits: merged.keptEdits, conflicts: merged.conflicts };
}
