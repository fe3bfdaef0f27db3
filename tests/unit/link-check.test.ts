import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findBrokenLinks } from "../../src/build-checks/links.ts";

async function site(files: Record<string, string>): Promise<string> {
  const dist = await mkdtemp(path.join(tmpdir(), "links-"));
  for (const [file, html] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), html);
  }
  return dist;
}

describe("link check", () => {
  it("passes pages, folders, files and fragments that exist, and ignores other sites", async () => {
    const dist = await site({
      "index.html":
        '<a href="/courses/a/">A</a><a href="/glossary/#themes">T</a><a href="https://example.org/x">X</a><a href="mailto:a@b.example">M</a>',
      "courses/a/index.html": '<a href="../../">Home</a><link href="/_astro/site.css">',
      "glossary/index.html": '<h2 id="themes">Themes</h2>',
      "_astro/site.css": "body{}",
    });
    expect(await findBrokenLinks(dist)).toEqual([]);
  });

  it("reports a missing page, a missing fragment, and a link outside the base path", async () => {
    const dist = await site({
      "index.html":
        '<a href="/course-finder/courses/gone/">Gone</a><a href="/course-finder/#nowhere">N</a><a href="/courses/a/">Root</a>',
    });
    expect(await findBrokenLinks(dist, "/course-finder/")).toEqual([
      { page: "index.html", link: "/course-finder/courses/gone/", reason: "no such page or file" },
      { page: "index.html", link: "/course-finder/#nowhere", reason: 'no element with id "nowhere"' },
      { page: "index.html", link: "/courses/a/", reason: "outside the base path /course-finder/" },
    ]);
  });
});
