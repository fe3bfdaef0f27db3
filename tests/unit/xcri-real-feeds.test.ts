import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportReport } from "../../src/import/xcri/report.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import { FIXTURE_AS_OF } from "../helpers/catalogue.ts";
import { freshOutDir, importInto, readEntry, REAL_FEEDS, realFeedsPresent } from "../helpers/xcri.ts";

/**
 * The real feeds in ../shared/data/xcri/ (see its README.md), read where they
 * are and never copied into the project. Without that folder these tests skip.
 */
/**
 * Each feed's course count and provider, and the errors that are the feed's own data, carried over
 * faithfully for the provider to correct (Adam Smith's Networking Remote Labs ends before it starts).
 */
const FEEDS = {
  "adam-smith-college-2012.xml": {
    courses: 334,
    provider: "adam-smith-college",
    feedErrors: [
      "content/courses/adam-smith-college/networking-remote-labs.md presentations[0].end: The end date must be on or after the start date",
    ],
  },
  "open-university-example-2011.xml": { courses: 2, provider: "the-open-university", feedErrors: [] },
  "poppleton-pg-generic-1.2.xml": { courses: 1, provider: "poppleton-university", feedErrors: [] },
  "wychwolf-1.2.xml": { courses: 1, provider: "wychwolf-com", feedErrors: [] },
} as const;

if (!realFeedsPresent) {
  console.warn(`Skipping the real XCRI-CAP feed tests: ${REAL_FEEDS} is not here (it sits beside the project).`);
}

type FeedName = keyof typeof FEEDS;

/** Imports one real feed into a fresh project, timing it. */
async function importFresh(name: FeedName) {
  const projectRoot = await freshOutDir();
  const contentDir = path.join(projectRoot, "content");
  const bytes = await readFile(path.join(REAL_FEEDS, name));
  // Processor time, not wall-clock time, so a busy machine does not fail the test.
  const started = process.cpuUsage();
  const report = await importInto(contentDir, bytes, { feedName: name });
  const used = process.cpuUsage(started);
  return { projectRoot, contentDir, bytes, report, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Each feed is imported once and shared by the tests, to keep the suite light beside timing-sensitive tests. */
const imported = new Map<FeedName, ReturnType<typeof importFresh>>();
const importReal = (name: FeedName) => {
  if (!imported.has(name)) imported.set(name, importFresh(name));
  return imported.get(name)!;
};

/** Course elements in the raw text, counted without the importer's parser, as an independent tally. */
const courseElementsIn = (bytes: Uint8Array) => new TextDecoder().decode(bytes).match(/<course[\s>]/g)?.length ?? 0;

const runs = (report: ImportReport, index: number) => report.courses[index];

describe.skipIf(!realFeedsPresent)("importing the real feeds", () => {
  for (const [name, expected] of Object.entries(FEEDS) as [FeedName, (typeof FEEDS)[FeedName]][]) {
    it(`${name}: accounts for every course, in seconds, and validates with only TODO errors and the feed's own`, async () => {
      const { projectRoot, contentDir, bytes, report, cpuSeconds } = await importReal(name);
      expect(courseElementsIn(bytes)).toBe(expected.courses);
      expect(report.summary.courses).toBe(expected.courses);
      expect(report.summary).toMatchObject({ created: expected.courses, skipped: 0, refused: 0 });
      expect(report.courses.every((course) => course.file?.startsWith(`courses/${expected.provider}/`))).toBe(true);
      expect(new Set(report.courses.map((course) => course.file)).size).toBe(expected.courses);
      expect(cpuSeconds).toBeLessThan(15);
      const { findings } = await validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF });
      expect(
        findings
          .filter((finding) => !finding.message.startsWith("Still to do: "))
          .map((finding) => `${finding.file} ${finding.field}: ${finding.message}`),
      ).toEqual(expected.feedErrors);
    }, 60_000);
  }

  it("adam-smith-college-2012.xml: maps free-text modes and 0.0000 costs, and reports what it cannot map", async () => {
    const { contentDir, report } = await importReal("adam-smith-college-2012.xml");
    expect(report.summary.unmappedByElement).toMatchObject({
      "presentation/attendanceMode": 791,
      "presentation/studyMode": 12,
    });
    const autism = await readEntry(contentDir, "courses/adam-smith-college/autistic-spectrum-disorders.md");
    const [run] = autism.data.presentations as Record<string, unknown>[];
    expect(run).toMatchObject({ start: "2012-09-10", end: "2013-07-28", studyMode: "part-time" });
    expect(run!.attendanceMode).toMatch(/^TODO: .*the feed says "Part Time Day"/);
    const asd = await readEntry(contentDir, "courses/adam-smith-college/autistic-spectrum-disorder.md");
    expect((asd.data.presentations as Record<string, unknown>[])[0]).toMatchObject({
      cost: { amount: 0 },
      venue: { name: "Kirkcaldy (St Brycedale Campus)", town: "Kirkcaldy", postcode: "KY1 1EX" },
    });
    expect(asd.data.themes).toContain("the feed's subjects: Health Care/Medicine/Health & Safety, ASD, Autism");
    const blockRelease = report.courses
      .flatMap((course) => course.unmapped)
      .find((item) => item.value === "Block Release");
    // As a study mode it means part time; as an attendance mode it names no place, so it is reported.
    expect(blockRelease).toMatchObject({ element: expect.stringMatching(/attendanceMode$/) });
  }, 60_000);

  it("open-university-example-2011.xml: 1900 means no fixed start; NLD codes and empty levels are reported", async () => {
    const { contentDir, report } = await importReal("open-university-example-2011.xml");
    const history = await readEntry(contentDir, "courses/the-open-university/ba-honours-history.md");
    expect((history.data.presentations as Record<string, unknown>[])[0]).toMatchObject({ flexibleStart: true });
    expect(history.data.presentations).not.toContainEqual(expect.objectContaining({ start: expect.anything() }));
    const fiction = await readEntry(contentDir, "courses/the-open-university/a174.md");
    expect(fiction.data.credits).toEqual([{ scheme: "SCQF", level: 7, value: 10 }]);
    const unmapped = report.courses.flatMap((course) => course.unmapped);
    expect(unmapped).toContainEqual(expect.objectContaining({ value: "NLD Study Mode Code: C" }));
    expect(unmapped).toContainEqual(
      expect.objectContaining({ value: "scheme The Open University, level (empty), value 360" }),
    );
    expect(runs(report, 0)!.todos).toContain("presentations[0].cost");
  }, 60_000);

  it("wychwolf-1.2.xml: the machine-readable dtf wins over the end date's text", async () => {
    const { contentDir } = await importReal("wychwolf-1.2.xml");
    const comic = await readEntry(contentDir, "courses/wychwolf-com/creating-a-webcomic.md");
    expect((comic.data.presentations as Record<string, unknown>[])[0]).toMatchObject({
      start: "2012-08-01",
      end: "2012-08-31",
      studyMode: "part-time",
      attendanceMode: "distance",
      online: true,
      cost: { amount: 0 },
    });
  }, 60_000);

  it("a second import of the largest feed changes nothing", async () => {
    const { contentDir, bytes } = await importReal("adam-smith-college-2012.xml");
    const again = await importInto(contentDir, bytes);
    expect(again.summary).toMatchObject({ courses: 334, unchanged: 334, created: 0, updated: 0 });
  }, 60_000);
});
