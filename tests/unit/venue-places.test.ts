import { describe, expect, it } from "vitest";
import { venuesArePlaced } from "../../src/domain/rules/venue-places.ts";
import type { Course } from "../../src/domain/schema/index.ts";
import { lines, validCourse, validateCourse } from "../helpers/catalogue.ts";

/** The fixture course's first run with its venue changed by `venue`. */
const withVenue = (venue: Record<string, unknown>) => {
  const run = (validCourse().presentations as Record<string, unknown>[])[0]!;
  return validCourse({ presentations: [{ ...run, venue: { ...(run.venue as object), ...venue } }] });
};
/** Finding lines, without the file name, for the fixture course with its venue changed. */
const findingsFor = async (venue: Record<string, unknown>) =>
  lines(await validateCourse(withVenue(venue))).map((line) => line.replace(/^\S+ /, ""));

describe("a venue's postcode", () => {
  it("is an error when it is not a UK postcode, with how to write one", async () => {
    expect(await findingsFor({ postcode: "XX1" })).toMatchInlineSnapshot(`
      [
        "error presentations[0].venue.postcode: The postcode "XX1" is not a UK postcode (Enter the full postcode, such as BL1 1AA)",
      ]
    `);
  });

  it("suggests the postcode meant when a letter O or I stands for 0 or 1", async () => {
    expect(await findingsFor({ postcode: "BL1 IEG" })).toMatchInlineSnapshot(`
      [
        "error presentations[0].venue.postcode: The postcode "BL1 IEG" is not a UK postcode (Did you mean "BL1 1EG"? Check the letters O and I against the digits 0 and 1)",
      ]
    `);
  });

  it("is accepted in any case and spacing, and kept as Royal Mail writes it", async () => {
    expect(await findingsFor({ postcode: "m54wt" })).toEqual([]);
    const { validateFiles, minimalCatalogue, toMarkdown } = await import("../helpers/catalogue.ts");
    const result = await validateFiles({
      ...minimalCatalogue(),
      "courses/fixture-university/fixture-course.md": toMarkdown(withVenue({ postcode: "m54wt" })),
    });
    expect(result.courses[0]?.data.presentations[0]?.venue?.postcode).toBe("M5 4WT");
  });

  it("is a warning when its district is not in the place data, never dropped silently", async () => {
    expect(await findingsFor({ postcode: "QQ1 1AA" })).toMatchInlineSnapshot(`
      [
        "warning presentations[0].venue.postcode: The postcode "QQ1 1AA" is in a district (QQ1) that our place data does not have, so searches by distance cannot find this run (Check the postcode against the venue's address. If it is right, the district is newer than our place data: say so when you send the entry, and a maintainer will refresh it with npm run places:refresh)",
      ]
    `);
  });

  it("is a warning, naming both, when it is in another region than the venue says", async () => {
    expect(await findingsFor({ postcode: "LS1 4DY" })).toMatchInlineSnapshot(`
      [
        "warning presentations[0].venue.region: The venue's postcode "LS1 4DY" is in Leeds, Yorkshire and the Humber, but its region says North West (Set region: yorkshire-and-the-humber, or check the postcode)",
      ]
    `);
  });

  it("passes when it is in the region the venue names", async () => {
    expect(await findingsFor({ postcode: "BL1 2EG", region: "north-west" })).toEqual([]);
    expect(await findingsFor({ postcode: "KY1 1EX", region: "scotland" })).toEqual([]);
  });
});

describe("the venue place rule on its own", () => {
  const course = withVenue({ postcode: "LS1 4DY" }) as unknown as Course;
  const context = { course, providers: new Map(), providerIds: new Set<string>(), asOf: "2026-11-25" };

  it("checks nothing without the place data (the List your course form runs without it)", () => {
    expect(venuesArePlaced(context)).toEqual([]);
  });

  it("skips the region check for a district with no region (the Channel Islands, the Isle of Man)", () => {
    expect(venuesArePlaced({ ...context, placeOfPostcode: () => ({ town: "Guernsey" }) })).toEqual([]);
  });
});
