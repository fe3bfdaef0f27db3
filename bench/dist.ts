/** Measures a built site on disk: files, bytes, search index, course page weight and scripts. */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { staticImports } from "../src/build-checks/static-imports.ts";
import { RUN_INDEX_FILE, RUN_PLACES_FILE } from "../src/search/filter-sets.ts";
import { percentile } from "./stats.ts";

export interface DistMeasurement {
  readonly files: number;
  readonly bytes: number;
  /** The largest file (hosts cap a single file: Cloudflare at 25 MiB), path in dist/ and bytes. */
  readonly largestFile: { file: string; bytes: number };
  /** Files and bytes per top-level folder, largest first (the first 12). */
  readonly byFolder: { folder: string; files: number; bytes: number }[];
  readonly searchIndex: { files: number; bytes: number };
  /**
   * Course page (index.html) size: raw and gzip, median and largest over every course page.
   * `scripts`: how many course pages load or hold JavaScript (JSON-LD data does not count);
   * `scriptGzip`: the most script one loads, gzip bytes with everything it imports.
   */
  readonly coursePage: { rawP50: number; gzipP50: number; gzipMax: number; scripts: number; scriptGzip: number };
  /** The search page's own script with the modules it imports at once (Pagefind excluded), gzip bytes. */
  readonly searchScriptGzip: number;
  /** What a search near a place loads, gzip bytes: the gazetteer, and the index's run places and run numbers. */
  readonly placeSearchGzip: { gazetteer: number; runPlaces: number; runIndex: number };
  readonly filesPerCourse: number;
  /** The HTML page with the most gzip bytes, and how many. */
  readonly largestPage: { page: string; gzip: number };
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

/**
 * The gzip bytes of the scripts an HTML page loads at once: each `<script src>` of the site's own and
 * every module it imports statically, each counted once (Pagefind and modules loaded later excluded).
 */
async function scriptGzip(distDir: string, html: string): Promise<number> {
  const entries = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map(([, src]) => src!)
    .filter((src) => !src.includes("/pagefind/"));
  const modules = new Set([...entries, ...(await staticImports(distDir, "/", entries))]);
  let bytes = 0;
  for (const module of modules) bytes += gzipSync(await readFile(path.join(distDir, module.slice(1)))).length;
  return bytes;
}

/** Gzip bytes of a file as a host would send it (the index's files are gzip already). */
async function servedGzip(file: string): Promise<number> {
  const content = await readFile(file);
  return content[0] === 0x1f && content[1] === 0x8b ? content.length : gzipSync(content).length;
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
  let mostScript = 0;
  const scriptOf = new Map<string, number>();
  for (const { file } of coursePages) {
    const html = await readFile(file);
    raw.push(html.length);
    gzip.push(gzipSync(html).length);
    // JSON-LD is data, not a script that runs.
    if (/<script\b(?![^>]*application\/ld\+json)/i.test(html.toString())) {
      scripts++;
      const tags = [...html.toString().matchAll(/<script[^>]*\ssrc="[^"]+"[^>]*>/g)].join();
      if (!scriptOf.has(tags)) scriptOf.set(tags, await scriptGzip(distDir, tags));
      mostScript = Math.max(mostScript, scriptOf.get(tags)!);
    }
  }
  // Every other page too: lists of every course, providers and the register grow with the catalogue.
  let largestPage = { page: "", gzip: 0 };
  for (const { file, size } of files) {
    if (!file.endsWith(".html") || size < largestPage.gzip) continue;
    const gzip = gzipSync(await readFile(file)).length;
    if (gzip > largestPage.gzip) largestPage = { page: `/${path.relative(distDir, path.dirname(file))}/`, gzip };
  }
  const searchHtml = await readFile(path.join(distDir, "search", "index.html"), "utf8");
  const searchScriptGzip = await scriptGzip(distDir, searchHtml);
  const indexFile = (name: string) => path.join(distDir, "pagefind", name);
  const courseFiles = files.filter(({ file }) => path.relative(distDir, file).startsWith(`courses${path.sep}`)).length;
  return {
    files: files.length,
    bytes: files.reduce((sum, { size }) => sum + size, 0),
    largestFile: files.reduce(
      (largest, { file, size }) =>
        size > largest.bytes ? { file: path.relative(distDir, file).split(path.sep).join("/"), bytes: size } : largest,
      { file: "", bytes: 0 },
    ),
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
      scriptGzip: mostScript,
    },
    searchScriptGzip,
    placeSearchGzip: {
      gazetteer: await servedGzip(path.join(distDir, "search", "places.json")),
      runPlaces: await servedGzip(indexFile(RUN_PLACES_FILE)),
      runIndex: await servedGzip(indexFile(RUN_INDEX_FILE)),
    },
    filesPerCourse: Math.round((courseFiles / courseCount) * 100) / 100,
    largestPage,
  };
}
