import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { importProvenanceSchema } from "../../domain/schema/index.ts";
import { readEntryText } from "./entry-file.ts";
import { PROVENANCE_KEY } from "./merge.ts";

/** Most files looked at in one folder; a catalogue folder this big is not a provider's courses. */
const MAX_FILES = 20_000;

/**
 * Entries an earlier import wrote into a folder, by their feed identifier →
 * id (file name). A re-import finds a course by where it came from, not by
 * its title, so a course renamed in the feed updates its entry rather than
 * starting a second one.
 */
export async function earlierImports(folder: string): Promise<Map<string, string>> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith(".md")).slice(0, MAX_FILES);
  } catch {
    return new Map();
  }
  const bySource = new Map<string, string>();
  for (const name of names.sort()) {
    const read = readEntryText(await readFile(path.join(folder, name), "utf8"));
    if (!read.ok) continue;
    const provenance = importProvenanceSchema.safeParse(read.fields[PROVENANCE_KEY]);
    if (provenance.success && !bySource.has(provenance.data.source)) {
      bySource.set(provenance.data.source, path.basename(name, ".md"));
    }
  }
  return bySource;
}
