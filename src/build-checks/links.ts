import { existsSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  /** The page holding the link, relative to the site root. */
  readonly page: string;
  readonly link: string;
  readonly reason: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** The file a site path is served from: folders serve their index.html. */
function fileFor(distDir: string, sitePath: string): string {
  const decoded = decodeURIComponent(sitePath);
  return decoded.endsWith("/") ? path.join(distDir, decoded, "index.html") : path.join(distDir, decoded);
}

/**
 * Checks every internal link and fragment in a built site: each must point at
 * a file that exists and, for `#fragment`, an element with that id. `base` is
 * the path the site is served under, so links outside it count as broken.
 */
export async function findBrokenLinks(distDir: string, base = "/"): Promise<BrokenLink[]> {
  const pages = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith(".html"));
  const idsByFile = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, "utf8").matchAll(ID)].map((match) => match[1]!));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(
      `http://site.invalid${base}${page
        .split(path.sep)
        .join("/")
        .replace(/index\.html$/, "")}`,
    );
    const html = readFileSync(path.join(distDir, page), "utf8");
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      const link = raw!.replace(/&amp;/g, "&");
      const target = new URL(link, pageUrl);
      if (target.origin !== pageUrl.origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, link, reason: `outside the base path ${base}` });
        continue;
      }
      const file = fileFor(distDir, target.pathname.slice(base.length - 1));
      if (!existsSync(file)) {
        broken.push({ page, link, reason: "no such page or file" });
      } else if (target.hash && file.endsWith(".html") && !idsIn(file).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push({ page, link, reason: `no element with id "${target.hash.slice(1)}"` });
      }
    }
  }
  return broken;
}
