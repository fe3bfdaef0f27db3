import { describe, expect, it } from "vitest";
import { searchFacets } from "../../src/domain/search-facets.ts";
import { courseSchema, providerSchema } from "../../src/domain/schema/index.ts";
import { plainText, searchRecord, sortKeys } from "../../src/search/record.ts";
import { validCourse, validProvider } from "../helpers/catalogue.ts";

const provider = providerSchema.parse(validProvider());
const facets = searchFacets([{ id: provider.id, label: provider.name, definition: provider.description }]);
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

  it("index the description as plain text, paragraphs and list items kept apart", () => {
    expect(plainText("Learn **together**.\n\n- one\n- two\n\nA [link](https://example.org) here.")).toBe(
      "Learn together. one two A link here.",
    );
  });

  it("index a table's cells as words, as the page shows them, not its pipes", () => {
    expect(plainText("| Day | Topic |\n| --- | --- |\n| 1 | Consent |")).toBe("Day Topic 1 Consent");
  });
});
