import { lstatSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { CollectionName } from "../core/check-file.ts";

/** A file found under the content folder, and which collection it belongs to (if any). */
export interface ContentFile {
  /** Absolute path. */
  readonly absolutePath: string;
  /** Path relative to the content folder, with forward slashes. */
  readonly relativePath: string;
  readonly collection: CollectionName | undefined;
  /** Size in bytes, so an oversized file can be refused without reading it. */
  readonly size: number;
  /** Why the file is in the wrong place, when it is. */
  readonly misplaced?: string;
  /** Why the file can be ignored (an editor or system file), when it can. */
  readonly ignorable?: string;
}

/**
 * Lists every file under the content folder, so that none can be silently
 * ignored: files the site would not build are returned with the reason.
 * Layout: providers/<id>.md, courses/<provider-id>/<id>.md and pathways/<id>.md.
 */
export async function listContentFiles(contentDir: string): Promise<ContentFile[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files: ContentFile[] = [];
  for (const entry of entries) {
    const absolutePath = path.join(entry.parentPath, entry.name);
    const relativePath = path.relative(contentDir, absolutePath).split(path.sep).join("/");
    // Synchronous: at 50,000 files, awaiting each of the promise API's calls took over a second; this, a fifth of that.
    const stats = lstatSync(absolutePath);
    if (stats.isDirectory()) continue;
    const size = stats.size;
    if (stats.isSymbolicLink()) {
      files.push({
        absolutePath,
        relativePath,
        size,
        collection: undefined,
        misplaced: "Symbolic links are not allowed in content/; commit the file itself",
      });
      continue;
    }
    if (!stats.isFile()) {
      // A named pipe or device would block or never end when read.
      files.push({
        absolutePath,
        relativePath,
        size,
        collection: undefined,
        misplaced: "Only ordinary files belong in content/; this is a pipe, socket or device",
      });
      continue;
    }
    files.push({ absolutePath, relativePath, size, ...classify(relativePath) });
  }
  return files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}

/** Files that editors and operating systems leave beside real ones. */
const JUNK = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\.[^/]*\.sw[a-p]|[^/]*~)$/;

function classify(relativePath: string): Pick<ContentFile, "collection" | "misplaced" | "ignorable"> {
  if (JUNK.test(relativePath)) {
    return { collection: undefined, ignorable: "This is an editor or system file, not an entry; the site ignores it" };
  }
  const parts = relativePath.split("/");
  const isMarkdown = relativePath.endsWith(".md");
  if (parts[0] === "providers" && parts.length === 2 && isMarkdown) return { collection: "providers" };
  if (parts[0] === "courses" && parts.length === 3 && isMarkdown) return { collection: "courses" };
  if (parts[0] === "pathways" && parts.length === 2 && isMarkdown) return { collection: "pathways" };
  if (!isMarkdown) {
    return {
      collection: undefined,
      misplaced: "Only Markdown files ending in .md (lower case) belong in content/; this file would not be built",
    };
  }
  return {
    collection: undefined,
    misplaced:
      "This file is not where the site looks for entries: use content/providers/<id>.md, content/courses/<provider-id>/<id>.md or content/pathways/<id>.md",
  };
}
