import { access, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { moduleScriptsOf, staticImports } from "../build-checks/static-imports.ts";
import {
  CURRENT_INDEX_FILE,
  readIndexName,
  shardPackedPageListFile,
  type CurrentIndexFile,
} from "../search/index-shards.ts";

/** Where the built search page is, in the output folder. */
const SEARCH_PAGE = path.join("search", "index.html");

/** The marker the search page's app element carries, which the index's name is added beside. */
const APP_MARKER = "data-search-app";

/**
 * Ties the built search page to the index placed beside it, once both are
 * written (they are made side by side):
 * - checks that the courses the page lists before its script runs are the
 *   index's first pages, in order, so the script can keep that list for
 *   "every course" instead of downloading the same ten courses' details;
 * - names the index on the page (`data-index`), so the script keeps that
 *   list only while the index is still the current one;
 * - asks the browser to start downloading what every search needs with the
 *   page itself: the page's script and the modules it imports (else found
 *   only at the end of the page, and once the script has arrived and been
 *   read), and the first shard's page list (else asked for only once the
 *   page's script has run).
 *
 * Throws when the page's first courses and the index disagree: the list
 * would be wrong as soon as the visitor asked for more.
 */
export async function linkSearchPage(
  distDir: string,
  base: string,
  index: { readonly firstUrls: readonly string[] },
): Promise<void> {
  const file = path.join(distDir, SEARCH_PAGE);
  const html = await readFile(file, "utf8");
  const listed = listedCourseUrls(html, base);
  const expected = index.firstUrls.slice(0, listed.length);
  if (listed.join("\n") !== expected.join("\n")) {
    throw new Error(
      `The search page lists ${listed.join(", ") || "no courses"} before its script runs, but the search index starts with ${expected.join(", ") || "no courses"}. Both should list courses soonest start first (soonestFirst and writeCatalogueIndex).`,
    );
  }
  const bundle = path.join(distDir, "pagefind");
  const current = JSON.parse(await readFile(path.join(bundle, CURRENT_INDEX_FILE), "utf8")) as CurrentIndexFile;
  const name = current.index;
  // The first shard's page list: browsing and filtering show its courses first. Not Pagefind's script and
  // WebAssembly: only a search by words needs them, and the page loads them when the visitor turns to the
  // words box, or at once when it opens on words.
  const pageList = shardPackedPageListFile(0, readIndexName(name).shards[0]!);
  await access(path.join(bundle, pageList));
  // The page's own scripts too: the browser would find their tags only at the end of a long page.
  const scripts = moduleScriptsOf(html);
  const modules = [...scripts, ...(await staticImports(distDir, base, scripts))];
  const links = [
    ...modules.map((module) => `<link rel="modulepreload" href="${module}">`),
    // Low priority: asked for at once, but not ahead of the page's own style sheets and script on a slow connection.
    `<link rel="preload" href="${base}pagefind/${pageList}" as="fetch" crossorigin fetchpriority="low">`,
  ].join("");
  if (!html.includes(APP_MARKER) || !html.includes("</head>"))
    throw new Error(`${file} has no ${APP_MARKER} element or no </head>: is it still the search page?`);
  await writeFile(
    file,
    html
      .replace("</head>", `${links}</head>`)
      .replace(APP_MARKER, `${APP_MARKER} data-index="${name}" data-first-page="${listed.length}"`),
  );
}

/** The course pages the search page's results list links to, in order, as the build wrote it. */
function listedCourseUrls(html: string, base: string): string[] {
  const list = /<ul id="results"[^>]*>([\s\S]*?)<\/ul>\s*<div id="no-results"/.exec(html);
  if (!list) throw new Error(`The built search page has no results list (<ul id="results">)`);
  const titles = list[1]!.matchAll(/<h3 class="course-title"[^>]*>\s*<a href="([^"]+)"/g);
  return [...titles].map((match) => match[1]!).filter((url) => url.startsWith(`${base}courses/`));
}
