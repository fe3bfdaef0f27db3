import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { importProvenanceSchema } from "../../domain/schema/index.ts";
import { readEntryText } from "./entry-file.ts";
import { IdAllocator } from "./ids.ts";
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

/** Where an earlier import put things, so a re-import finds them by feed identifier rather than by name. */
export class EarlierIds {
  readonly #bySource: Map<string, string>;
  readonly #claimed = new Set<string>();
  readonly allocator = new IdAllocator();

  constructor(bySource: Map<string, string>) {
    this.#bySource = bySource;
    for (const id of bySource.values()) this.allocator.reserve(id);
  }

  /** The id an earlier import gave this source (once per source), else a new id from the candidates. */
  idFor(source: string, ...candidates: string[]): string {
    const earlier = this.#claimed.has(source) ? undefined : this.#bySource.get(source);
    this.#claimed.add(source);
    return earlier ?? this.allocator.allocate(...candidates);
  }

  /** Ids an earlier import wrote whose source this feed no longer has. */
  unclaimed(): string[] {
    return [...this.#bySource].filter(([source]) => !this.#claimed.has(source)).map(([, id]) => id);
  }
}
