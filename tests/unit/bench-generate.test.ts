import { readdir, readFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCatalogue, writeCatalogueFiles } from "../../bench/generate.ts";
import { regions } from "../../src/domain/vocabularies/index.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import { FIXTURE_AS_OF } from "../helpers/catalogue.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const templatesDir = path.join(projectRoot, "content");
const SIZE = 300;
const files = await generateCatalogue(SIZE, { templatesDir });
const contentDir = path.join(await mkdtemp(path.join(tmpdir(), "bench-generate-")), "content");
await writeCatalogueFiles(contentDir, files);
const result = await validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF });
const courses = result.courses.map(({ data }) => data);

describe("the benchmark's catalogue generator", () => {
  it("writes the number of courses asked for, and every file validates with no finding", () => {
    expect(courses).toHaveLength(SIZE);
    expect(result.findings).toEqual([]);
  });

  it("gives the same catalogue for the same size, so runs compare", async () => {
    const again = await generateCatalogue(SIZE, { templatesDir });
    expect(again).toEqual(files);
  });

  it("varies what search and filters see: ids, titles, providers, professions, places, dates and text", () => {
    const distinct = <T>(values: T[]) => new Set(values).size;
    expect(distinct(courses.map((course) => course.id))).toBe(SIZE);
    expect(distinct(courses.map((course) => course.title))).toBeGreaterThan(SIZE / 3);
    expect(distinct(courses.map((course) => course.provider))).toBeGreaterThanOrEqual(15);
    expect(distinct(courses.map((course) => course.professions.join()))).toBeGreaterThan(SIZE / 4);
    const venues = courses.flatMap((course) => course.presentations.flatMap((run) => (run.venue ? [run.venue] : [])));
    expect(distinct(venues.map((venue) => venue.region))).toBeGreaterThan(regions.length / 2);
    const starts = courses.flatMap((course) => course.presentations.flatMap((run) => (run.start ? [run.start] : [])));
    expect(distinct(starts)).toBeGreaterThan(SIZE / 3);
    expect(distinct(result.courses.map(({ body }) => body))).toBe(SIZE);
    expect(distinct(courses.map((course) => course.creditStatus))).toBeGreaterThanOrEqual(3);
  });

  it("never writes into the real content folder", async () => {
    const before = await readdir(path.join(templatesDir, "courses"));
    expect(before.some((folder) => /-b\d+$/.test(folder))).toBe(false);
    expect(files.every(({ file }) => !path.isAbsolute(file) && !file.includes(".."))).toBe(true);
    const sample = await readFile(path.join(contentDir, files.at(-1)!.file), "utf8");
    expect(sample).toMatch(/^---\n/);
  });
});
