import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { stripVTControlCharacters } from "node:util";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findBrokenLinks } from "../../src/build-checks/links.ts";
import {
  FIXTURE_AS_OF,
  inHouseProvider,
  minimalCatalogue,
  toMarkdown,
  validCourse,
  validProvider,
  writeCatalogue,
} from "../helpers/catalogue.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const astro = path.join(projectRoot, "node_modules/astro/bin/astro.mjs");

/**
 * Vitest copies Vite's import.meta.env (BASE_URL, MODE…) into process.env, and a
 * child Astro build would take BASE_URL from there, so drop them.
 */
function environmentWithoutVitest(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  return rest;
}

/**
 * Builds the site from `contentDir` into a fresh folder, as `astro build` does, without touching dist/;
 * into `scratch` again (the last build's output and cache) when given.
 */
async function buildSite(contentDir: string, env: Record<string, string> = {}, scratchDir?: string) {
  const scratch = scratchDir ?? (await mkdtemp(path.join(tmpdir(), "catalogue-build-")));
  const outDir = path.join(scratch, "dist");
  const result = spawnSync(process.execPath, [astro, "build", "--outDir", outDir], {
    cwd: projectRoot,
    encoding: "utf8",
    env: {
      ...environmentWithoutVitest(),
      ASTRO_TELEMETRY_DISABLED: "1",
      CATALOGUE_CONTENT_DIR: contentDir,
      CATALOGUE_CACHE_DIR: path.join(scratch, "cache"),
      CATALOGUE_AS_OF: FIXTURE_AS_OF,
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, scratch };
}

describe("astro build of a fixture catalogue", { timeout: 120_000 }, () => {
  it("gives every course a page, keeps withdrawn ones off the list, and hides past runs", async () => {
    const pastRun = {
      ...(validCourse().presentations as Record<string, unknown>[])[0]!,
      id: "2026-spring",
      start: "2026-02-01",
      end: "2026-05-01",
    };
    const { contentDir } = await writeCatalogue({
      ...minimalCatalogue(),
      "courses/fixture-university/withdrawn-course.md": toMarkdown(
        validCourse({ id: "withdrawn-course", title: "A withdrawn course", status: "withdrawn" }),
      ),
      "courses/fixture-university/past-only.md": toMarkdown(
        validCourse({ id: "past-only", title: "A course whose only run has ended", presentations: [pastRun] }),
      ),
    });
    const build = await buildSite(contentDir);
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain("Every entry has a page: 3 courses and 1 providers (4 files).");

    const home = await readFile(path.join(build.outDir, "index.html"), "utf8");
    expect(home).toContain("2 courses");
    expect(home).toContain('href="/courses/fixture-course/"');
    expect(home).not.toContain("A withdrawn course");

    const withdrawn = await readFile(path.join(build.outDir, "courses/withdrawn-course/index.html"), "utf8");
    expect(withdrawn).toContain("Withdrawn");

    const pastOnly = await readFile(path.join(build.outDir, "courses/past-only/index.html"), "utf8");
    expect(pastOnly).toContain("No dates announced");
    expect(pastOnly).not.toContain("1 February 2026");
    const current = await readFile(path.join(build.outDir, "courses/fixture-course/index.html"), "utf8");
    expect(current).toContain("1 February 2027 to 1 May 2027");
  });

  it("lists the 50 starting soonest on a crowded browse page, links to search for all, and keeps every course in the A to Z", async () => {
    // 55 courses on one theme: the fixture's own (starting 1 February 2027) and 54 more, one a day from 1 March.
    const extra = Array.from({ length: 54 }, (_, index) => {
      const day = new Date(Date.UTC(2027, 2, 1 + index)).toISOString().slice(0, 10);
      const run = { ...(validCourse().presentations as Record<string, unknown>[])[0]!, start: day, end: "2027-12-01" };
      const id = `crowded-${String(index).padStart(2, "0")}`;
      return [
        `courses/fixture-university/${id}.md`,
        toMarkdown(validCourse({ id, title: `Crowded course ${index}`, presentations: [run] })),
      ];
    });
    const { contentDir } = await writeCatalogue({ ...minimalCatalogue(), ...Object.fromEntries(extra) });
    const build = await buildSite(contentDir);
    expect(build.status, build.output).toBe(0);

    const theme = await readFile(path.join(build.outDir, "themes/role-awareness/index.html"), "utf8");
    expect(theme).toContain("55 courses");
    expect(theme).toContain('<a href="/search/?theme=role-awareness">See all 55 courses in search</a>');
    expect(theme).toMatch(
      /<h3 id="shown-heading">The 50 courses that start soonest<\/h3>\s*<ul[^>]*aria-labelledby="shown-heading"/,
    );
    expect(theme).toMatch(/Shared understanding of (roles|each other&#39;s roles)[^<]*: 55 courses/i);
    const listed = [...theme.matchAll(/<a href="\/courses\/([^/]+)\/">/g)].map((match) => match[1]);
    expect(listed).toHaveLength(50);
    // Soonest first: the fixture course starts first; the last five to start are left to search.
    expect(listed[0]).toBe("fixture-course");
    expect(listed).not.toContain("crowded-53");
    expect(listed).toContain("crowded-48");

    const index = await readFile(path.join(build.outDir, "courses/index.html"), "utf8");
    expect([...index.matchAll(/<a href="\/courses\/([^/]+)\/">/g)]).toHaveLength(55);
    expect(index).toContain("course-list--compact");
  });

  it("shows a lapsed credit rating as lapsed on every page, never as credit rated", async () => {
    const lapsed = validCourse({
      id: "lapsed-course",
      title: "A course whose rating lapsed",
      summary: "A 10-credit level 4 course for district nurses and social workers.",
      // Past its review date as well: the page says its details may be out of date.
      lastReviewed: "2025-09-01",
      reviewDue: "2026-09-01",
      provider: "fixture-trust",
      creditStatus: "credit-rated",
      qualityAssurance: "Moderated by the university.",
      creditRating: {
        ratedBy: "fixture-university",
        ratedOn: "2022-01-10",
        reviewDue: "2026-01-10",
        reference: "FU-1",
      },
    });
    const { contentDir } = await writeCatalogue({
      ...minimalCatalogue(),
      "providers/fixture-trust.md": toMarkdown(inHouseProvider()),
      "courses/fixture-trust/lapsed-course.md": toMarkdown(lapsed),
    });
    const build = await buildSite(contentDir);
    expect(build.status, build.output).toBe(0);
    const page = await readFile(path.join(build.outDir, "courses/lapsed-course/index.html"), "utf8");
    expect(page).toContain("Credit rating lapsed");
    // The provider's summary still offers the credit, so the page says plainly, beside it, that it has lapsed.
    expect(page).toMatch(
      /A 10-credit level 4 course[^<]*<\/p>\s*<div class="notice" role="note">\s*<strong[^>]*>Credit rating lapsed<\/strong>\s*<p>The credit rating lapsed after 10 January 2026 and has not been renewed, so this course does not carry academic credit now/,
    );
    expect(page).toContain("May be out of date");
    expect(page).toContain("was due to check these details by 1 September 2026 and has not yet done so");
    expect(page).toContain("The next check was due on 1 September 2026 and has not been made.");
    const current = await readFile(path.join(build.outDir, "courses/fixture-course/index.html"), "utf8");
    expect(current).not.toContain("May be out of date");
    expect(current).not.toContain("Credit rating lapsed");
    expect(current).toContain("Next check due 1 October 2027.");
    expect(page).not.toContain("Credit rated:");
    expect(page).not.toContain("numberOfCredits");
    const creditRated = await readFile(path.join(build.outDir, "credit-status/credit-rated/index.html"), "utf8");
    expect(creditRated).not.toContain("A course whose rating lapsed");
    const notRated = await readFile(path.join(build.outDir, "credit-status/not-credit-rated/index.html"), "utf8");
    expect(notRated).toContain("A course whose rating lapsed");
  });

  it("reuses a course page in a warm build (BUILD_REUSE=1) only while everything it shows is unchanged", async () => {
    const rated = validCourse({
      id: "rated-course",
      title: "A course the university rates",
      provider: "fixture-trust",
      creditStatus: "credit-rated",
      qualityAssurance: "Moderated by the university.",
      creditRating: {
        ratedBy: "fixture-university",
        ratedOn: "2026-01-10",
        reviewDue: "2028-01-10",
        reference: "FU-2",
      },
    });
    const files = {
      ...minimalCatalogue(),
      "providers/fixture-trust.md": toMarkdown(inHouseProvider()),
      "courses/fixture-trust/rated-course.md": toMarkdown(rated),
      "courses/fixture-trust/trust-course.md": toMarkdown(
        validCourse({
          id: "trust-course",
          title: "A course of the trust's own",
          provider: "fixture-trust",
          creditStatus: "not-credit-rated",
          credits: [],
          contact: { email: "learning@fixture-trust.example.nhs.uk" },
        }),
      ),
    };
    const { contentDir } = await writeCatalogue(files);
    const reuse = { BUILD_REUSE: "1" };
    const cold = await buildSite(contentDir, reuse);
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output).not.toContain("(restored)");
    // The university renames itself: its own course's page and the page of the course it rates both show its name.
    await writeFile(
      path.join(contentDir, "providers/fixture-university.md"),
      toMarkdown(validProvider({ name: "Renamed Fixture University" })),
    );
    const warm = await buildSite(contentDir, reuse, cold.scratch);
    expect(warm.status, warm.output).toBe(0);
    // Astro logs each page as it starts, and " (restored)" (or the time it took) after it, in colour on a terminal.
    const log = stripVTControlCharacters(warm.output);
    const restored = (id: string) => log.includes(`/courses/${id}/index.html (restored)`);
    expect(restored("trust-course"), warm.output).toBe(true);
    expect(restored("rated-course")).toBe(false);
    expect(restored("fixture-course")).toBe(false);
    const page = (id: string) => readFile(path.join(warm.outDir, `courses/${id}/index.html`), "utf8");
    expect(await page("rated-course")).toContain("Renamed Fixture University");
    expect(await page("fixture-course")).toContain("Renamed Fixture University");
    expect(await page("trust-course")).toContain("A course of the trust&#39;s own");
    // A cold build of the same content, without BUILD_REUSE, renders every page, and renders them as copied.
    const plain = await buildSite(contentDir);
    expect(plain.status, plain.output).toBe(0);
    expect(plain.output).not.toContain("(restored)");
    for (const id of ["rated-course", "fixture-course", "trust-course"])
      expect(await page(id), id).toBe(await readFile(path.join(plain.outDir, `courses/${id}/index.html`), "utf8"));
  });

  it("lists a course on a theme page once, with its focus, and counts each sub-theme truthfully", async () => {
    const broad = validCourse({
      id: "broad-course",
      title: "A course on three sub-themes",
      subThemes: ["shared-understanding-of-roles", "learning-from-others", "generic-and-generalist-working"],
    });
    const { contentDir } = await writeCatalogue({
      ...minimalCatalogue(),
      "courses/fixture-university/broad-course.md": toMarkdown(broad),
    });
    const build = await buildSite(contentDir);
    expect(build.status, build.output).toBe(0);
    const theme = await readFile(path.join(build.outDir, "themes/role-awareness/index.html"), "utf8");
    expect(theme).toContain('<h2 id="course-count">2 courses</h2>');
    const listed = [...theme.matchAll(/<a href="\/courses\/([^/]+)\/">/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual(["broad-course", "fixture-course"]);
    expect(theme).toContain("a course can cover more than one, so the numbers can add up to more than 2 courses");
    expect(theme).toMatch(/<li>Shared understanding of[^<]*: 2 courses<\/li>/);
    expect(theme).toMatch(/<li>[^<]*: 1 course<\/li>/);
    expect(theme).toMatch(/<p class="course-note">Focus: Shared understanding of[^<;]*; [^<]+<\/p>/);
  });

  it("works from a sub-folder: every link and asset stays under the base path and resolves", async () => {
    const { contentDir } = await writeCatalogue(minimalCatalogue());
    const build = await buildSite(contentDir, { SITE_BASE: "/course-finder/" });
    expect(build.status, build.output).toBe(0);
    const home = await readFile(path.join(build.outDir, "index.html"), "utf8");
    expect(home).toContain('href="/course-finder/courses/fixture-course/"');
    expect(home).toMatch(/href="\/course-finder\/_astro\/[^"]+\.css"/);
    expect(await findBrokenLinks(build.outDir, "/course-finder/")).toEqual([]);
  });

  it("fails on broken content, listing every problem rather than only the first", async () => {
    const build = await buildSite(path.join(projectRoot, "tests/fixtures/broken-catalogue"));
    expect(build.status).not.toBe(0);
    for (const file of ["typo-fields.md:4:1", "unsafe-body.md:31:1", "malformed-yaml.md:5:1", "rule-breaks.md:26:5"]) {
      expect(build.output).toContain(file);
    }
    expect(build.output).toContain("The catalogue has 20 content error(s)");
    expect(existsSync(path.join(build.outDir, "index.html"))).toBe(false);
  });
});
