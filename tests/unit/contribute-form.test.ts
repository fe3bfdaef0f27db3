import { describe, expect, it } from "vitest";
import { courseFileFromForm } from "../../src/contribute/course-form.ts";
import { controlIdsFor, entryFromForm, newFileUrl } from "../../src/contribute/form-entry.ts";
import { dateFromParts, partsOfDate } from "../../src/contribute/date-parts.ts";
import { documentedTemplate } from "../../src/contribute/template.ts";
import { courseSchema, presentationWording, type Provider } from "../../src/domain/schema/index.ts";
import { lintInProcess } from "../../src/validator/core/body-lint.ts";
import { checkDraft } from "../../src/validator/core/check-draft.ts";
import { FIXTURE_AS_OF, validCourse, validProvider } from "../helpers/catalogue.ts";

const providers = new Map([[String(validProvider().id), validProvider() as unknown as Provider]]);
const catalogue = { providers, providerIds: new Set(providers.keys()), asOf: FIXTURE_AS_OF };

describe("entryFromForm", () => {
  it("builds nested groups and lists from field paths, and leaves out what was not filled in", () => {
    const entry = entryFromForm([
      { name: "title", kind: "text", value: "  Working   together " },
      { name: "themes", kind: "many", value: "communication" },
      { name: "themes", kind: "many", value: "team-working" },
      { name: "learningOutcomes", kind: "lines", value: "First\n\n  Second  \r\nThird" },
      { name: "presentations.0.cost.amount", kind: "number", value: "0" },
      { name: "presentations.0.online", kind: "flag", value: "true" },
      { name: "credits.0.value", kind: "number", value: "" },
      { name: "creditRating.ratedBy", kind: "text", value: "" },
      { name: "body", kind: "markdown", value: "Para one.\n\nPara two.\n" },
    ]);
    expect(entry).toEqual({
      title: "Working together",
      themes: ["communication", "team-working"],
      learningOutcomes: ["First", "Second", "Third"],
      presentations: [{ cost: { amount: 0 }, online: true }],
      body: "Para one.\n\nPara two.",
    });
  });

  it("keeps a number that does not read as one as typed, so the validator can say what is wrong", () => {
    expect(entryFromForm([{ name: "notionalHours", kind: "number", value: "ten" }])).toEqual({ notionalHours: "ten" });
  });
});

describe("courseFileFromForm", () => {
  it("writes a file the validator accepts, at the provider's path, with an id made from the title", async () => {
    const { id: _id, lastReviewed: _l, reviewDue: _r, ...answers } = validCourse();
    const file = courseFileFromForm(
      { ...answers, title: "Team Working: An Introduction", body: "About it." },
      FIXTURE_AS_OF,
    );
    expect(file.path).toBe(`content/courses/${String(answers.provider)}/team-working-an-introduction.md`);
    expect(file.text).toContain("lastReviewed: '2026-11-25'");
    expect(file.text).toContain("reviewDue: '2027-11-25'");
    const findings = await checkDraft(
      file.text,
      { collection: "courses", stem: file.id, folder: file.provider },
      catalogue,
      lintInProcess,
    );
    expect(findings).toEqual([]);
  });
});

it("holds a draft to the validator's file size limit", async () => {
  const file = courseFileFromForm({ ...validCourse(), body: "x".repeat(300_000) }, FIXTURE_AS_OF);
  const findings = await checkDraft(
    file.text,
    { collection: "courses", stem: file.id, folder: file.provider },
    catalogue,
    lintInProcess,
  );
  expect(findings.map((finding) => finding.message)).toEqual([expect.stringMatching(/files over 256 KB are refused/)]);
});

describe("where the form shows a finding", () => {
  it("tries the field itself, then each group around it", () => {
    expect(controlIdsFor("presentations[0].cost.amount")).toEqual([
      "f-presentations-0-cost-amount",
      "f-presentations-0-cost-amount",
      "f-presentations-0-cost",
      "f-presentations-0",
      "f-presentations",
    ]);
    // A problem with a whole group goes to the control most likely missing, not the group's first.
    expect(controlIdsFor("contact")[0]).toBe("f-contact-email");
    // A later run or credit value goes to its own controls.
    expect(controlIdsFor("presentations[2].venue")[0]).toBe("f-presentations-2-venue-name");
    expect(controlIdsFor("credits[1]")[0]).toBe("f-credits-1-scheme");
    expect(controlIdsFor("(description)")).toEqual(["f-body"]);
    expect(controlIdsFor("")).toEqual([]);
  });
});

describe("the example file for writing an entry by hand", () => {
  it("explains every field above it and still passes the validator", async () => {
    const course = validCourse();
    const text = documentedTemplate(course, "A description.", courseSchema);
    expect(text).toContain("# Course title as learners will see it. (Required. Text, up to 150 characters.)\ntitle:");
    expect(text).toContain("The site's glossary lists the values (or run `npm run vocabulary themes`).\nthemes:");
    const findings = await checkDraft(
      text,
      { collection: "courses", stem: String(course.id), folder: String(course.provider) },
      catalogue,
      lintInProcess,
    );
    expect(findings).toEqual([]);
  });
});

it("links to GitHub's new-file editor with the path and text filled in", () => {
  const url = new URL(newFileUrl("https://github.com/o/r", "content/courses/a/b.md", "---\nid: b\n---\n&?#"));
  expect(url.pathname).toBe("/o/r/new/main");
  expect(url.searchParams.get("filename")).toBe("content/courses/a/b.md");
  expect(url.searchParams.get("value")).toBe("---\nid: b\n---\n&?#");
});

describe("GOV.UK date inputs", () => {
  it("write day, month and year as the entry's date, padded, and nothing when all three are empty", () => {
    expect(dateFromParts({ day: "3", month: "9", year: "2027" })).toBe("2027-09-03");
    expect(dateFromParts({ day: " 12 ", month: "05", year: "2027" })).toBe("2027-05-12");
    expect(dateFromParts({ day: "", month: "", year: "" })).toBeUndefined();
    expect(partsOfDate("2027-05-12")).toEqual({ day: "12", month: "5", year: "2027" });
  });

  it("pass on what cannot be a date as typed, so the validator says the field's own words", async () => {
    expect(dateFromParts({ day: "31", month: "2", year: "27" })).toBe("27-2-31");
    expect(dateFromParts({ day: "", month: "5", year: "2027" })).toBe("2027-5-?");
    const file = courseFileFromForm(
      entryFromForm([
        { name: "presentations.0.start", kind: "text", value: dateFromParts({ day: "31", month: "2", year: "2027" })! },
      ]),
      "2026-12-01",
    );
    const findings = await checkDraft(
      file.text,
      { collection: "courses", stem: file.id, folder: file.provider },
      { providers: new Map(), providerIds: new Set(), asOf: "2026-12-01" },
      lintInProcess,
    );
    expect(
      findings.filter((finding) => finding.field === "presentations[0].start").map((finding) => finding.message),
    ).toEqual([presentationWording.start.invalid]);
  });
});
