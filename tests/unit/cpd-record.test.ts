import { describe, expect, it } from "vitest";
import type { CatalogueCourse } from "../../src/domain/facets.ts";
import { courseSchema, providerSchema } from "../../src/domain/schema/index.ts";
import {
  cpdHoursText,
  cpdRecord,
  cpdRecordText,
  recordBlanks,
  reflectionPrompts,
} from "../../src/exports/cpd-record.ts";
import { validCourse, validProvider } from "../helpers/catalogue.ts";

const provider = providerSchema.parse(validProvider());
const entry = (overrides: Record<string, unknown> = {}): CatalogueCourse => ({
  course: courseSchema.parse(validCourse(overrides)),
  provider,
});
const url = "https://courses.example.org/courses/fixture-course/";
const asOf = "2026-11-25";

describe("the CPD record as text", () => {
  const record = cpdRecord(
    entry({
      cpdHours: 30,
      participatoryHours: 12,
      frameworkAlignment: [{ framework: "ksf", dimension: "hwb5", level: 2 }],
    }),
    url,
    asOf,
  );
  const text = cpdRecordText(record);

  it("says everything the JSON record holds, in words and dates a reader uses", () => {
    expect(text).toContain(`CPD record: ${record.title}\n${"=".repeat(`CPD record: ${record.title}`.length)}\n`);
    expect(text).toContain(`Provider: ${provider.name}\n`);
    expect(text).toContain(`Course page: ${url}\n`);
    expect(text).toContain("Course dates: 1 February 2027 to 1 May 2027\n");
    expect(text).toContain("CPD hours: 30 hours, of which 12 participatory (learning with others)\n");
    expect(text).toContain(`Credit: ${record.credit}\n`);
    expect(text).toContain("Record made: 25 November 2026\n");
    for (const outcome of record.learningOutcomes) expect(text).toContain(`- ${outcome}\n`);
    const [alignment] = record.frameworkAlignment;
    expect(text).toContain(`- ${alignment!.framework}: ${alignment!.dimension}, level 2\n`);
  });

  it("leaves blanks for the learner's details and room under every reflection question, in order", () => {
    for (const blank of recordBlanks) expect(text).toMatch(new RegExp(`^${blank}: _{20,}$`, "m"));
    const numbered = reflectionPrompts.map((prompt, index) => text.indexOf(`${index + 1}. ${prompt}\n\n\n`));
    expect(numbered.every((at) => at > 0)).toBe(true);
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
  });

  it("is plain lines: no trailing spaces, no carriage returns, one final newline", () => {
    expect(text).not.toMatch(/[ \t]$/m);
    expect(text).not.toContain("\r");
    expect(text.startsWith("CPD record: ")).toBe(true);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("keeps a provider's line breaks from breaking its layout, and leaves out what the course does not have", () => {
    const plain = cpdRecordText(
      cpdRecord(entry({ learningOutcomes: ["Explain the roles\nof each profession"], presentations: [] }), url, asOf),
    );
    expect(plain).toContain("- Explain the roles of each profession\n");
    expect(plain).toContain("Course dates: No dates announced\n");
    expect(plain).toContain("CPD hours: Not stated by the provider\n");
    expect(plain).not.toContain("Competence frameworks");
  });

  it("gives a run without a start date as one that starts at any time", () => {
    expect(cpdRecordText({ ...record, dates: [{}, { start: "2027-03-01" }] })).toContain(
      "Course dates: Start at any time; 1 March 2027\n",
    );
  });

  it("words CPD hours the same as the course page", () => {
    expect(cpdHoursText({ cpdHours: 6 })).toBe("6 hours");
    expect(cpdHoursText({ cpdHours: 6, participatoryHours: 6 })).toBe(
      "6 hours, of which 6 participatory (learning with others)",
    );
  });
});
