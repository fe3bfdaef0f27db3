import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FileFinding } from "../core/check-file.ts";

/**
 * What checking one file on its own yielded, kept between runs so an unchanged file is not
 * read, parsed and checked again: its findings, and the schema's output the rules across
 * entries need. Only files that passed the schema are kept; any other file is checked afresh
 * every time, as are the rules across entries (see validate-catalogue.ts).
 */
export interface CachedEntry {
  /** sha-256 of the file's bytes. */
  readonly hash: string;
  /** The file's own findings, in the order found. */
  readonly findings: readonly FileFinding[];
  /** The front matter's `id` as written, when it is text. */
  readonly rawId: string | undefined;
  /** The schema's output (a provider or a course). */
  readonly data: unknown;
  /** Where the description starts in the decoded text. */
  readonly bodyStart: number;
}

/**
 * Changes whenever anything that decides a file's own findings changes: the code
 * of the validator and of every layer it may import (the layering rules keep
 * it to these folders; tests/unit/validation-cache.test.ts proves it), the
 * installed packages (the lock file) and the Node.js version. Bump FORMAT when
 * the stored shape changes.
 */
const FORMAT = 1;
const src = fileURLToPath(new URL("../../", import.meta.url));
/** The folders whose code can change what one file's check finds. */
export const VALIDATOR_CODE_FOLDERS = ["domain", "catalogue", "markdown", "validator"].map((folder) =>
  path.join(src, folder),
);
const LOCK_FILES = [
  path.join(src, "..", "package-lock.json"),
  path.join(src, "..", "node_modules", ".package-lock.json"),
];

/** A key over every file in `folders` (paths and bytes) and `extra` files and text; missing files count as absent. */
export async function codeKey(
  folders: readonly string[] = VALIDATOR_CODE_FOLDERS,
  extra: { files?: readonly string[]; text?: string } = { files: LOCK_FILES, text: process.version },
): Promise<string> {
  const hash = createHash("sha256").update(`format ${FORMAT}\n${extra.text ?? ""}\n`);
  const files: string[] = [];
  for (const folder of folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    for (const entry of entries) if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
  }
  files.sort();
  for (const file of [...files, ...(extra.files ?? [])]) {
    let bytes: Buffer | undefined;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      bytes = undefined;
    }
    hash.update(`${path.relative(src, file)}\0${bytes ? bytes.length : -1}\0`);
    if (bytes) hash.update(bytes);
  }
  return hash.digest("hex");
}

/** sha-256 of a file's bytes, as the cache keys it. */
export const contentHash = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * Whether `value` survives JSON unchanged: text, finite numbers (not -0), true/false, null, lists
 * without holes, and plain objects without undefined values. Anything else is not cached, so a
 * cached result is always exactly what a fresh check gives.
 */
export function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!(index in value) || !isPlainJson(value[index])) return false;
    }
    return true;
  }
  if (typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key of Object.keys(value)) if (!isPlainJson((value as Record<string, unknown>)[key])) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}

/** One folder's entries, as stored. */
interface StoredShard {
  readonly format: number;
  readonly codeKey: string;
  /** The folder in the content folder, such as `courses/north-lakes-university`. */
  readonly folder: string;
  readonly entries: Record<string, CachedEntry>;
}

/** Counts of one run: files answered from the cache, and files checked. */
export interface CacheUse {
  readonly reused: number;
  readonly checked: number;
}

/** One folder's entries: as the last run left them, and as this run leaves them. */
interface Shard {
  readonly file: string;
  readonly previous: ReadonlyMap<string, CachedEntry>;
  readonly next: Map<string, CachedEntry>;
  changed: boolean;
}

/**
 * The per-file results of the last run over one content folder. Entries are keyed by the
 * file's path in the folder (which decides its collection and expected id) and hold the hash
 * of its bytes; a file whose bytes differ is checked again. They are kept in one JSON file per
 * folder of entries (providers/, and each courses/<provider>/), under a folder named by the
 * content folder's path, so a change rewrites only its own folder's file and two content
 * folders do not evict each other. A missing, unreadable or outdated file is an empty cache:
 * the cache can only ever save work, never change a result.
 */
export class ValidationCache {
  private readonly dir: string;
  private readonly key: string;
  private readonly shards = new Map<string, Promise<Shard>>();
  private reused = 0;
  private checked = 0;

  private constructor(dir: string, key: string) {
    this.dir = dir;
    this.key = key;
  }

  static async open(cacheDir: string, contentDir: string, key?: string): Promise<ValidationCache> {
    const folderKey = createHash("sha256").update(path.resolve(contentDir)).digest("hex").slice(0, 16);
    return new ValidationCache(path.join(cacheDir, folderKey), key ?? (await codeKey()));
  }

  private shardOf(relativePath: string): Promise<Shard> {
    const folder = path.posix.dirname(relativePath);
    let shard = this.shards.get(folder);
    if (!shard) {
      shard = this.load(folder);
      this.shards.set(folder, shard);
    }
    return shard;
  }

  private async load(folder: string): Promise<Shard> {
    const file = path.join(this.dir, `${createHash("sha256").update(folder).digest("hex").slice(0, 24)}.json`);
    let previous = new Map<string, CachedEntry>();
    try {
      const stored = JSON.parse(readFileSync(file, "utf8")) as StoredShard;
      if (stored.format === FORMAT && stored.codeKey === this.key && stored.folder === folder) {
        previous = new Map(Object.entries(stored.entries));
      }
    } catch {
      // No cache yet, or one that cannot be read: check the folder's files.
    }
    return { file, previous, next: new Map(), changed: false };
  }

  /** The stored result for the file at `relativePath` if its bytes still hash to `hash`. */
  async lookup(relativePath: string, hash: string): Promise<CachedEntry | undefined> {
    const shard = await this.shardOf(relativePath);
    const entry = shard.previous.get(relativePath);
    if (entry?.hash !== hash) {
      this.checked++;
      return undefined;
    }
    this.reused++;
    shard.next.set(relativePath, entry);
    return entry;
  }

  /** Keeps a fresh result for the next run, when it can be stored exactly. */
  async store(relativePath: string, entry: CachedEntry): Promise<void> {
    if (!isPlainJson(entry.findings) || !isPlainJson(entry.data)) return;
    const shard = await this.shardOf(relativePath);
    shard.next.set(relativePath, entry);
    shard.changed = true;
  }

  get use(): CacheUse {
    return { reused: this.reused, checked: this.checked };
  }

  /**
   * Writes each folder's entries (only the files that still exist) where they differ from what
   * was read, and removes the files of folders this run did not see.
   */
  async save(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const kept = new Set<string>();
    for (const [folder, loading] of this.shards) {
      const shard = await loading;
      kept.add(path.basename(shard.file));
      if (!shard.changed && shard.next.size === shard.previous.size) continue;
      const stored: StoredShard = {
        format: FORMAT,
        codeKey: this.key,
        folder,
        entries: Object.fromEntries(shard.next),
      };
      // Written aside and renamed into place, so a run that stops half way, or another run
      // reading at the same time, never sees half a file.
      // Synchronous: a cold run at 50,000 files writes 1,500 small files, twice as fast this way.
      const temporary = `${shard.file}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, JSON.stringify(stored));
        renameSync(temporary, shard.file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    }
    for (const name of await readdir(this.dir)) {
      if (name.endsWith(".json") && !kept.has(name)) await rm(path.join(this.dir, name), { force: true });
    }
  }
}
