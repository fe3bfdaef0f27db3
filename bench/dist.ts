/** Measures a built site on disk: files, bytes, search index, course page weight and scripts. */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { percentile } from "./stats.ts";

export interface DistMeasurement {
  readonly files: number;
  readonly bytes: number;
  /** Files and bytes per top-level folder, largest first (the first 12). */
  readonly byFolder: { folder: string; files: number; bytes: number }[];
  readonly searchIndex: { files: number; bytes: number };
  /** Course page (index.html) size: raw and gzip, median and largest over every course page. */
  /** `scripts`: how many course pages load or hold JavaScript (JSON-LD data does not count). */
  readonly coursePage: { rawP50: number; gzipP50: number; gzipMax: number; scripts: number };
  /** The search page's own script (Pagefind excluded), gzip bytes. */
  readonly searchScriptGzip: number;
  readonly filesPerCourse: number;
}

async function walk(dir: string): Promise<{ file: string; size: number }[]> {
  const found: { file: string; size: number }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full)));
    else found.push({ file: full, size: (await stat(full)).size });
  }
  return found;
}

export async function measureDist(distDir: string, courseCount: number): Promise<DistMeasurement> {
  const files = await walk(distDir);
  const folders = new Map<string, { files: number; bytes: number }>();
  for (const { file, size } of files) {
    const folder = path.relative(distDir, file).split(path.sep)[0]!;
    const key = folder.includes(".") ? "(top-level files)" : folder;
    const totals = folders.get(key) ?? { files: 0, bytes: 0 };
    folders.set(key, { files: totals.files + 1, bytes: totals.bytes + size });
  }
  const index = files.filter(({ file }) => file.startsWith(path.join(distDir, "pagefind") + path.sep));
  const coursePages = files.filter(({ file }) =>
    /^courses\/[^/]+\/index\.html$/.test(path.relative(distDir, file).split(path.sep).join("/")),
  );
  const raw: number[] = [];
  const gzip: number[] = [];
  let scripts = 0;
  for (const { file } of coursePages) {
    const html = await readFile(file);
    raw.push(html.length);
    gzip.push(gzipSync(html).length);
    // JSON-LD is data, not a script that runs.
    if (/<script\b(?![^>]*application\/ld\+json)/i.test(html.toString())) scripts++;
  }
  const searchHtml = await readFile(path.join(distDir, "search", "index.html"), "utf8");
  let searchScriptGzip = 0;
  for (const [, src] of searchHtml.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
    if (src!.includes("/pagefind/")) continue;
    const local = path.join(distDir, src!.replace(/^\/+/, ""));
    searchScriptGzip += gzipSync(await readFile(local)).length;
  }
  const courseFiles = files.filter(({ file }) => path.relative(distDir, file).startsWith(`courses${path.sep}`)).length;
  return {
    files: files.length,
    bytes: files.reduce((sum, { size }) => sum + size, 0),
    byFolder: [...folders]
      .map(([folder, totals]) => ({ folder, ...totals }))
      .sort((a, b) => b.files - a.files)
      .slice(0, 12),
    searchIndex: { files: index.length, bytes: index.reduce((sum, { size }) => sum + size, 0) },
    coursePage: {
      rawP50: percentile(raw, 50),
      gzipP50: percentile(gzip, 50),
      gzipMax: Math.max(...gzip),
      scripts,
    },
    searchScriptGzip,
    filesPerCourse: Math.round((courseFiles / courseCount) * 100) / 100,
  };
}
