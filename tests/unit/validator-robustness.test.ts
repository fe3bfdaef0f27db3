import { symlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import {
  FIXTURE_AS_OF,
  inHouseProvider,
  lines,
  minimalCatalogue,
  toMarkdown,
  validCourse,
  validateCourse,
  validateFiles,
  writeCatalogue,
} from "../helpers/catalogue.ts";

const COURSE_FILE = "courses/fixture-university/fixture-course.md";
const withoutFile = (found: string[]) => found.map((line) => line.replace(/^\S+ /, ""));
/** Validates the minimal catalogue with the course file's text replaced. */
const validateCourseText = async (text: string) =>
  withoutFile(lines(await validateFiles({ ...minimalCatalogue(), [COURSE_FILE]: text })));

describe("one run reports every problem", () => {
  it("a typo in one field does not hide rule errors in other fields", async () => {
    const run = (validCourse().presentations as Record<string, unknown>[])[0]!;
    const course = validCourse({
      sumary: "Typo",
      presentations: [{ ...run, end: "2027-01-01" }],
      subThemes: ["meetings"],
    });
    delete course.summary;
    expect(withoutFile(lines(await validateCourse(course)))).toEqual([
      'error summary: Enter a one-sentence summary (Missing required field "summary". Add summary: to the front matter)',
      'error subThemes[0]: Sub-theme "meetings" belongs to the theme "communication", which this course does not list (Add communication to themes, or remove the sub-theme)',
      "error presentations[0].end: The end date must be on or after the start date (Check the start and end dates: the run ends on 2027-01-01 but starts on 2027-02-01)",
      'error sumary: Unknown field "sumary" (Did you mean "summary"?)',
    ]);
  });

  it("a broken provider file is reported once, not again in each of its courses", async () => {
    const result = await validateFiles({
      ...minimalCatalogue(),
      "providers/fixture-university.md": '---\nid: fixture-university\nname: "Unclosed\n---\nA university.\n',
    });
    expect(lines(result).every((line) => line.startsWith("content/providers/"))).toBe(true);
  });
});

describe("dates YAML would silently change", () => {
  it.each([
    [
      "a time and time zone",
      "lastReviewed: 2026-08-11T01:30:00+05:00",
      '"2026-08-11T01:30:00+05:00" is not written as a date alone',
    ],
    ["an impossible day in a flow mapping", "creditRating: { ratedOn: 2026-02-29 }", "2026-02-29 is not a real date"],
    ["an impossible day after a quoted key", '"lastReviewed": 2026-02-30', "2026-02-30 is not a real date"],
    // The check skips its YAML parse when every date-like text is plain; these must still be caught.
    ["a one-digit month and day", "lastReviewed: 2026-8-1", '"2026-8-1" is not written as a date alone'],
    [
      "a time after a space",
      "lastReviewed: 2026-08-11 09:00:00",
      '"2026-08-11 09:00:00" is not written as a date alone',
    ],
  ])("reports %s", async (_name, line, message) => {
    const text = toMarkdown(validCourse()).replace("lastReviewed: '2026-10-01'", line);
    expect((await validateCourseText(text)).join("\n")).toContain(message);
  });
});

describe("messages a web officer can act on", () => {
  it("says a list-value or date field is missing rather than 'undefined'", async () => {
    const course = validCourse();
    delete course.creditStatus;
    delete course.lastReviewed;
    const found = withoutFile(lines(await validateCourse(course)));
    expect(found).toContain(
      'error creditStatus: Select whether the course carries academic credit (Missing required field "creditStatus". Add creditStatus: to the front matter)',
    );
    expect(found).toContain(
      'error lastReviewed: Enter the date the entry was last checked (Missing required field "lastReviewed". Add lastReviewed: to the front matter)',
    );
  });

  it("asks for quotes around a phone number that YAML read as a number", async () => {
    const text = toMarkdown(validCourse({ contact: { email: "a@b.example" } })).replace(
      "email: a@b.example",
      "phone: 01614960123",
    );
    expect(await validateCourseText(text)).toContain(
      "error contact.phone: Enter a phone number, like 0161 496 0000 (Expected text, found the number 1614960123. Put the value in quotes so it is kept exactly as written (YAML drops a leading 0, for example))",
    );
  });

  it("explains a fractional number of places and a value that is not a number", async () => {
    const run = (validCourse().presentations as Record<string, unknown>[])[0]!;
    const text = toMarkdown(validCourse({ presentations: [{ ...run, places: 28.5 }], notionalHours: 200 })).replace(
      "notionalHours: 200",
      "notionalHours: .nan",
    );
    const found = (await validateCourseText(text)).join("\n");
    expect(found).toContain(
      "error presentations[0].places: The number of places must be a whole number, 1 or more (Expected a whole number, found the number 28.5",
    );
    expect(found).toContain(
      "error notionalHours: Notional hours must be a number more than 0 (Expected a number, found a value that is not a number",
    );
  });

  it("names the key that is written twice", async () => {
    const text = toMarkdown(validCourse()).replace("title: ", "title: First\ntitle: ");
    expect(await validateCourseText(text)).toEqual([
      'error -: The field "title" is written twice (Keep one of them; otherwise it is unclear which value is meant)',
    ]);
  });
});

describe("parsing exactly as the site builder does", () => {
  it("refuses a +++ line inside the front matter, which would end it early for Astro", async () => {
    const text = toMarkdown(validCourse()).replace("title: ", "title: >-\n+++ Working together\n  ");
    expect((await validateCourseText(text))[0]).toContain(
      "error -: A line starting with +++ would end the front matter early",
    );
  });

  it("accepts a closing line with a comment after the hyphens, as Astro does", async () => {
    const text = toMarkdown(validCourse()).replace(/\n---\n(?=A description)/, "\n--- # end of fields\n");
    expect(await validateCourseText(text)).toEqual([]);
  });
});

describe("files that are not entries", () => {
  it("warns about editor and system files without failing", async () => {
    const result = await validateFiles({
      ...minimalCatalogue(),
      "courses/.DS_Store": "junk",
      "courses/fixture-university/.fixture-course.md.swp": "x",
    });
    expect(lines(result).map((line) => line.split(" ").slice(0, 2).join(" "))).toEqual([
      "content/courses/.DS_Store:1:1 warning",
      "content/courses/fixture-university/.fixture-course.md.swp:1:1 warning",
    ]);
  });

  it("refuses symbolic links in content/", async () => {
    const { projectRoot, contentDir } = await writeCatalogue(minimalCatalogue());
    await symlink("/etc/hostname", path.join(contentDir, "courses/fixture-university/linked.md"));
    const result = await validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF });
    expect(lines(result)).toEqual([
      "content/courses/fixture-university/linked.md:1:1 error -: Symbolic links are not allowed in content/; commit the file itself (Move or remove the file)",
    ]);
  });
});

describe("more cross-field rules", () => {
  const trustFile = { "providers/fixture-trust.md": toMarkdown(inHouseProvider()) };

  it("inter-professional needs professions from two groups, not two kinds of nurse", async () => {
    const found = withoutFile(
      lines(await validateCourse(validCourse({ professions: ["health-visitor", "school-nurse"] }))),
    );
    expect(found).toEqual([
      "error professions: Select professions from at least 2 different groups for inter-professional learning (Learning that is inter-professional needs professions from at least 2 different groups (every profession listed is in nursing and midwifery): list every profession that learns together, or change learnerMix)",
    ]);
  });

  it("refuses the provider as its own partner, and a partner listed twice", async () => {
    const partners = [
      { provider: "fixture-university", roles: ["planning"] },
      { provider: "fixture-trust", roles: ["planning"] },
      { provider: "fixture-trust", roles: ["delivering"] },
    ];
    expect(withoutFile(lines(await validateCourse(validCourse({ partners }), trustFile)))).toEqual([
      "error partners[0].provider: The course's own provider cannot also be its partner (Remove this partner; partners are other organisations)",
      'error partners[2]: "fixture-trust" is listed as a partner twice (List each partner once, with all its roles)',
    ]);
  });

  it("refuses online: false on an online run and a rating reviewed before it was given", async () => {
    const run = (validCourse().presentations as Record<string, unknown>[])[0]!;
    const course = validCourse({
      provider: "fixture-trust",
      creditStatus: "credit-rated",
      qualityAssurance: "Moderated.",
      creditRating: { ratedBy: "fixture-university", ratedOn: "2027-12-01", reviewDue: "2027-11-30", reference: "R1" },
      presentations: [{ ...run, attendanceMode: "online", online: false, venue: undefined }],
    });
    expect(withoutFile(lines(await validateCourse(course, trustFile)))).toEqual([
      "error presentations[0].online: An online run must say that some or all of it is online (Set online: true, or choose another attendanceMode)",
      "error creditRating.reviewDue: The rating review date must be after the date rated (Check both dates against the rating letter)",
    ]);
  });
});
