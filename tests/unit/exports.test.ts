import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { CatalogueCourse } from "../../src/domain/facets.ts";
import { courseSchema, providerSchema } from "../../src/domain/schema/index.ts";
import { coursesCsv } from "../../src/exports/courses-csv.ts";
import { validCourse, validProvider } from "../helpers/catalogue.ts";

const provider = providerSchema.parse(validProvider({ name: 'Fixture "Quoted", University' }));
const run = (validCourse().presentations as Record<string, unknown>[])[0]!;
const entry = (overrides: Record<string, unknown>): CatalogueCourse => ({
  course: courseSchema.parse(validCourse(overrides)),
  provider,
});
const page = (id: string) => `https://courses.example.org/courses/${id}/`;

describe("CSV export", () => {
  it("writes one row per run and one for a course with none, escaping commas, quotes, newlines and accents", () => {
    const tricky = entry({
      id: "tricky",
      title: 'Café, "quoted" and\nsplit',
      presentations: [run, { ...run, id: "2027-autumn", start: "2027-09-01", end: "2027-12-01" }],
    });
    const none = entry({ id: "no-runs", presentations: [] });
    const csv = coursesCsv([tricky, none], { asOf: "2026-11-25", page });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.course_id, row.run_id])).toEqual([
      ["tricky", "2027-spring"],
      ["tricky", "2027-autumn"],
      ["no-runs", ""],
    ]);
    expect(rows[0]!.title).toBe('Café, "quoted" and\nsplit');
    expect(rows[0]!.provider).toBe('Fixture "Quoted", University');
    expect(rows[1]!.start).toBe("2027-09-01");
  });
});
