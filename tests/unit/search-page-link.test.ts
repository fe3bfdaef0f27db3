import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { linkSearchPage } from "../../src/integrations/search-page.ts";

const course = (id: string) =>
  `<li>\n  <h3 class="course-title">\n    <a href="/courses/${id}/">${id}</a>\n  </h3>\n  <ul class="badges"><li><a href="/glossary/#x">x</a></li></ul>\n</li>`;

/** The index the site has: two shards, whose first Pagefind names en_abc. */
const INDEX = "15000:10000:en_abc+en_def";

/** A built site with a search page listing `listed` and the index INDEX with its files. */
async function site(listed: readonly string[]) {
  const dist = await mkdtemp(path.join(os.tmpdir(), "search-page-"));
  await mkdir(path.join(dist, "search"));
  await mkdir(path.join(dist, "pagefind"));
  await mkdir(path.join(dist, "_astro"));
  await writeFile(
    path.join(dist, "search", "index.html"),
    `<html><head><title>Search</title><script type="module" src="/_astro/main.js"></script></head><body>` +
      `<div class="search-app" data-search-app data-bundle="/pagefind/">` +
      `<ul id="results" class="course-list">${listed.map(course).join("")}</ul>\n<div id="no-results" hidden></div>` +
      `</div></body></html>`,
  );
  await writeFile(path.join(dist, "pagefind", "current-index.json"), JSON.stringify({ index: INDEX }));
  for (const file of ["pagefind.js", "pagefind.en_abc.pf_meta", "pagefind.en_abc.pf_pages", "wasm.en.pagefind"])
    await writeFile(path.join(dist, "pagefind", file), "");
  await writeFile(
    path.join(dist, "_astro", "main.js"),
    `import{a}from"./shared.js";import"./style-helper.js";const later=()=>import("./on-demand.js");a(later);`,
  );
  await writeFile(path.join(dist, "_astro", "shared.js"), `import{b}from"./deeper.js";export const a=b;`);
  for (const file of ["deeper.js", "style-helper.js", "on-demand.js"])
    await writeFile(path.join(dist, "_astro", file), "export const b=1;");
  return dist;
}

describe("linking the built search page to its index", () => {
  it("names the index, says how many courses the page lists, and preloads its scripts and the first shard's page list", async () => {
    const dist = await site(["first", "second"]);
    await linkSearchPage(dist, "/", { firstUrls: ["/courses/first/", "/courses/second/", "/courses/third/"] });
    const html = await readFile(path.join(dist, "search", "index.html"), "utf8");
    expect(html).toContain(`data-search-app data-index="${INDEX}" data-first-page="2"`);
    const preloads = [...html.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"/g)].map(
      ([, rel, href]) => `${rel} ${href}`,
    );
    expect(preloads).toEqual([
      "modulepreload /_astro/main.js",
      "modulepreload /_astro/shared.js",
      "modulepreload /_astro/deeper.js",
      "modulepreload /_astro/style-helper.js",
      "preload /pagefind/pagefind.en_abc.pf_pages",
    ]);
    // Only in the head, and modules imported on demand are left to be fetched when needed.
    expect(html.indexOf("modulepreload")).toBeLessThan(html.indexOf("</head>"));
    expect(html).not.toContain("on-demand.js");
  });

  it("refuses a page whose first courses are not the index's first pages", async () => {
    const dist = await site(["second", "first"]);
    await expect(
      linkSearchPage(dist, "/", { firstUrls: ["/courses/first/", "/courses/second/"] }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: The search page lists /courses/second/, /courses/first/ before its script runs, but the search index starts with /courses/first/, /courses/second/. Both should list courses soonest start first (soonestFirst and writeCatalogueIndex).]`,
    );
  });

  it("refuses a page that lists more courses than the index holds", async () => {
    const dist = await site(["first", "second"]);
    await expect(linkSearchPage(dist, "/", { firstUrls: ["/courses/first/"] })).rejects.toThrow(
      /lists \/courses\/first\/, \/courses\/second\/ before its script runs, but the search index starts with \/courses\/first\//,
    );
  });
});
