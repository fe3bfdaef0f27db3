import { describe, expect, it } from "vitest";
import { catalogueFacets, searchFilters } from "../../src/domain/facets.ts";
import { courseSchema, providerSchema } from "../../src/domain/schema/index.ts";
import { openingParagraph, searchRecord } from "../../src/search/record.ts";
import { sortKeys } from "../../src/search/sort-orders.ts";
import { validCourse, validProvider } from "../helpers/catalogue.ts";

const provider = providerSchema.parse(validProvider());
const facets = searchFilters(catalogueFacets([provider]));
const recordFor = (overrides: Record<string, unknown>, asOf = "2026-11-25") =>
  searchRecord(
    { course: courseSchema.parse(validCourse(overrides)), provider },
    "Learn **together**.\n\n- one\n- two",
    {
      asOf,
      url: "/courses/fixture-course/",
      facets,
    },
  );

describe("search records", () => {
  it("carry every sort key, so no course drops out when results are sorted", () => {
    const dated = recordFor({});
    const undated = recordFor({ presentations: [], credits: [], creditStatus: "not-credit-rated" });
    for (const record of [dated, undated])
      expect(Object.keys(record.sort).sort()).toEqual(Object.values(sortKeys).sort());
    expect(dated.sort.start).toBe("2027-02-01");
    expect(undated.sort.start).toBe("9999-12-31");
    expect(dated.sort.credits).toBe("0020");
  });

  it("take filter values from the same facets as the pages, worked out as of the build date", () => {
    const record = recordFor({});
    expect(record.filters.theme).toEqual(["role-awareness"]);
    expect(record.filters.profession).toEqual(["district-nurse", "social-worker"]);
    expect(record.filters.cost).toEqual(["over-500"]);
    expect(record.filters.start).toEqual(["next-3-months"]);
    expect(record.filters["credit-level"]).toEqual(["fheq-6"]);
    expect(record.filters["credit-size"]).toEqual(["11-to-30"]);
    expect(record.filters.provider).toEqual(["fixture-university"]);
    expect(recordFor({}, "2026-10-15").filters.start).toEqual(["3-to-6-months"]);
    expect(recordFor({}, "2026-06-01").filters.start).toEqual(["later"]);
    expect(recordFor({}, "2027-06-01").filters.start).toEqual(["not-announced"]);
  });

  it("search the title, summary, provider, learning outcomes and the description's opening paragraph", () => {
    const record = searchRecord(
      { course: courseSchema.parse(validCourse({ title: "Dementia care together" })), provider },
      "## About\n\nLearn **together** with a [link](https://example.org).\n\nA second paragraph about leadership.",
      { asOf: "2026-11-25", url: "/courses/fixture-course/", facets },
    );
    const course = courseSchema.parse(validCourse({ title: "Dementia care together" }));
    for (const part of [course.title, course.summary, provider.name, ...course.learningOutcomes])
      expect(record.content).toContain(part);
    expect(record.content).toContain("Learn together with a link.");
    // The heading is not a paragraph, and later paragraphs are left to the course page.
    expect(record.content).not.toContain("About");
    expect(record.content).not.toContain("leadership");
  });

  it("read a description's opening paragraph as the page shows it: first in a list, and none in a table", () => {
    expect(openingParagraph("- one **item**\n- two")).toBe("one item");
    expect(openingParagraph("| Day | Topic |\n| --- | --- |\n| 1 | Consent |\n\nThen words.")).toBe("Then words.");
    expect(openingParagraph("Line one\nline two &amp; more")).toBe("Line one line two & more");
  });
});

describe("places in the search text", () => {
  it("holds each venue's town and postcode district, so a search for either finds the course", async () => {
    const { postcodeDistrict } = await import("../../src/domain/places.ts");
    expect(postcodeDistrict("WA2 8WA")).toBe("WA2");
    expect(postcodeDistrict("M15 6BH")).toBe("M15");
    expect(postcodeDistrict("EC1A 1BB")).toBe("EC1A");
    const record = recordFor({});
    expect(record.content).toContain("Salford");
    expect(record.content).toMatch(/\bM5\b/);
  });
});
