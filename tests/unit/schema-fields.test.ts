import { contactGroupWording, costWording, courseWording } from "../../src/domain/schema/index.ts";
import { describe, expect, it } from "vitest";
import { lines, validCourse, validateCourse } from "../helpers/catalogue.ts";

/** Validates the fixture course changed by `overrides` and returns the finding lines. */
const findingsFor = async (overrides: Record<string, unknown>) => lines(await validateCourse(validCourse(overrides)));

describe("course fields", () => {
  it("reports a missing required field at the top of the front matter", async () => {
    const course = validCourse();
    delete course.title;
    expect(lines(await validateCourse(course))).toMatchInlineSnapshot(`
      [
        "content/courses/fixture-university/fixture-course.md:1:1 error title: Enter the course title (Missing required field "title". Add title: to the front matter)",
      ]
    `);
  });

  it("reports an unknown key with a did-you-mean for a near miss", async () => {
    expect(await findingsFor({ titel: "Typo" })).toMatchInlineSnapshot(`
      [
        "content/courses/fixture-university/fixture-course.md:54:1 error titel: Unknown field "titel" (Did you mean "title"?)",
      ]
    `);
  });

  it("lists the allowed fields for an unknown key with no near miss", async () => {
    const [finding] = await findingsFor({ colour: "blue" });
    expect(finding).toContain('Unknown field "colour"');
    expect(finding).toContain("the fields allowed here are: id, title, summary");
  });

  it("suggests the nearest vocabulary value for a misspelt profession", async () => {
    expect(await findingsFor({ professions: ["district-nurse", "social-workers"] })).toMatchInlineSnapshot(`
      [
        "content/courses/fixture-university/fixture-course.md:8:5 error professions[1]: "social-workers" is not an allowed value for professions[1] (Did you mean "social-worker"?)",
      ]
    `);
  });

  it("lists allowed values when nothing is close", async () => {
    const [finding] = await findingsFor({ themes: ["astrology"] });
    expect(finding).toContain('"astrology" is not an allowed value for themes[0]');
    expect(finding).toContain("Use one of: team-working, communication, role-awareness");
  });

  it("refuses a summary over 160 characters", async () => {
    const [finding] = await findingsFor({ summary: "x".repeat(161) });
    expect(finding).toContain(
      "error summary: The summary must be 160 characters or fewer (Keep this to 160 characters or fewer. Shorten it)",
    );
  });

  it("refuses a wrong type and says what was found", async () => {
    expect(await findingsFor({ learningOutcomes: "Understand roles" })).toMatchInlineSnapshot(`
      [
        "content/courses/fixture-university/fixture-course.md:19:1 error learningOutcomes: Expected a list, found the text "Understand roles" (Write learningOutcomes as a list)",
      ]
    `);
  });

  it("refuses http and script URLs in front matter", async () => {
    const found = await findingsFor({
      url: "http://www.fixture.example.ac.uk",
      contact: { url: "javascript:alert(1)" },
    });
    expect(found).toMatchInlineSnapshot(`
      [
        "content/courses/fixture-university/fixture-course.md:51:3 error contact.url: Enter the web address of the contact page, starting https:// (Expected a full web address starting with https://. Copy the full address from your browser's address bar)",
        "content/courses/fixture-university/fixture-course.md:54:1 error url: Enter the web address of the course page, starting https:// (Expected a full web address starting with https://. Copy the full address from your browser's address bar)",
      ]
    `);
  });

  it("refuses impossible and malformed dates", async () => {
    const found = await findingsFor({ lastReviewed: "2026-13-01", reviewDue: "next year" });
    expect(found).toHaveLength(2);
    for (const finding of found) expect(finding).toContain("Expected a real date written as YYYY-MM-DD");
  });

  it("refuses ids that are not lowercase and URL-safe", async () => {
    const [finding] = await findingsFor({ id: "Fixture_Course" });
    expect(finding).toContain(
      `error id: ${courseWording.id.invalid} (Use lowercase letters, digits and single hyphens only`,
    );
  });

  it("refuses duplicate vocabulary values in a list", async () => {
    const [finding] = await findingsFor({ themes: ["role-awareness", "role-awareness"] });
    expect(finding).toContain("error themes: Each value may appear only once");
  });

  it("needs at least one theme and one profession", async () => {
    const found = await findingsFor({ themes: [], professions: [] });
    expect(found.join("\n")).toContain(`error themes: ${courseWording.themes.missing} (List at least one value`);
    expect(found.join("\n")).toContain(
      `error professions: ${courseWording.professions.missing} (List at least one value`,
    );
  });

  it("refuses a contact with no way to get in touch", async () => {
    const [finding] = await findingsFor({ contact: { name: "Someone" } });
    expect(finding).toContain(
      `error contact: ${contactGroupWording.missing} (Add email:, phone: or url: under contact:)`,
    );
  });

  it("refuses a negative fee and a malformed postcode", async () => {
    const run = (validCourse().presentations as Record<string, unknown>[])[0]!;
    const found = await findingsFor({
      presentations: [{ ...run, cost: { amount: -5 }, venue: { ...(run.venue as object), postcode: "MANCHESTER" } }],
    });
    expect(found.join("\n")).toContain(
      `presentations[0].cost.amount: ${costWording.amount.invalid} (A fee cannot be negative`,
    );
    expect(found.join("\n")).toContain(
      'presentations[0].venue.postcode: The postcode "MANCHESTER" is not a UK postcode',
    );
  });
});

describe("provider fields", () => {
  it("refuses an unknown provider type and a malformed UKPRN", async () => {
    const { toMarkdown, validProvider, validateFiles, minimalCatalogue } = await import("../helpers/catalogue.ts");
    const result = await validateFiles({
      ...minimalCatalogue(),
      "providers/fixture-university.md": toMarkdown(validProvider({ type: "university", ukprn: "123" })),
    });
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "content/providers/fixture-university.md:4:1 error type: "university" is not an allowed value for type (Use one of: hei, fe-college, nhs-trust, local-authority, gp-practice, voluntary-sector, service-user-led, national-agency, independent)",
        "content/providers/fixture-university.md:15:1 error ukprn: Expected 8 digits starting with 1, like '10012345' (Follow the example in the message)",
      ]
    `);
  });
});
