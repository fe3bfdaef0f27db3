import { rm } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { importFeed } from "../../src/import/xcri/import-feed.ts";
import { scopeFrom } from "../../src/import/scope.ts";
import { feedWith, freshOutDir } from "../helpers/xcri.ts";

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const feed = feedWith(`
  <course><dc:title>Dementia Care in Practice</dc:title><dc:subject identifier="CM">Health Care/Medicine</dc:subject></course>
  <course><dc:title>Bricklaying</dc:title><dc:subject>Construction</dc:subject></course>
  <course><dc:title>Care Planning Basics</dc:title></course>`);

async function importScoped(options: { subject?: string[]; title?: string }) {
  const outDir = await freshOutDir();
  made.push(outDir);
  return importFeed(new TextEncoder().encode(feed), {
    outDir,
    dryRun: false,
    feedName: "scope.xml",
    scope: scopeFrom(options),
  });
}

describe("choosing what comes in from an XCRI-CAP feed", () => {
  it("by subject words or code: every course left out is reported as skipped, with why", async () => {
    const report = await importScoped({ subject: ["health care"] });
    expect(report.courses.map((course) => [course.title, course.outcome, course.reason])).toEqual([
      ["Dementia Care in Practice", "created", undefined],
      [
        "Bricklaying",
        "skipped",
        "outside the chosen subjects: its subjects (Construction) match none of “health care”",
      ],
      [
        "Care Planning Basics",
        "skipped",
        "outside the chosen subjects: it has no subjects, so it matches none of “health care”",
      ],
    ]);
    expect((await importScoped({ subject: ["CM"] })).summary).toMatchObject({ created: 1, skipped: 2 });
  });

  it("by a title pattern, and refuses a pattern that is not one", async () => {
    const report = await importScoped({ title: "care" });
    expect(report.summary).toMatchObject({ courses: 3, created: 2, skipped: 1 });
    expect(report.courses[1]!.reason).toBe("outside the chosen titles: the title does not match “care”");
    expect(() => scopeFrom({ title: "(" })).toThrow(/--title "\(" is not a pattern the importer can use/);
  });
});
