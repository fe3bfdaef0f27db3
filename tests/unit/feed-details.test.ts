import { describe, expect, it } from "vitest";
import {
  lines,
  minimalCatalogue,
  toMarkdown,
  validCourse,
  validProvider,
  validateCourse,
  validateFiles,
} from "../helpers/catalogue.ts";

/** The fixture course with its run's venue changed. */
const withVenue = (change: (venue: Record<string, unknown>) => Record<string, unknown>) => {
  const run = (validCourse().presentations as Record<string, unknown>[])[0]!;
  return validCourse({ presentations: [{ ...run, venue: change({ ...(run.venue as Record<string, unknown>) }) }] });
};
const without =
  (...keys: string[]) =>
  (venue: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(venue).filter(([key]) => !keys.includes(key)));

describe("the details course directories need for the XCRI-CAP feed", () => {
  it("are complete in the fixture, so it raises no warning", async () => {
    expect(lines(await validateFiles(minimalCatalogue()))).toEqual([]);
  });

  it("warns, at the venue, when a venue has no address or phone: directories reject the run", async () => {
    const found = lines(await validateCourse(withVenue(without("address", "phone"))));
    expect(found).toEqual([
      expect.stringMatching(
        /warning presentations\[0\]\.venue\.address: The venue "Main campus" has no address and phone, so course directories that read our XCRI-CAP feed will reject this run \(Under venue:, add address: .*, phone:\)$/,
      ),
    ]);
  });

  it("warns more mildly when only the venue's email is missing", async () => {
    const found = lines(await validateCourse(withVenue(without("email"))));
    expect(found).toEqual([
      expect.stringContaining(
        "has no email, so course directories that read our XCRI-CAP feed may not show how to reach it",
      ),
    ]);
  });

  it("warns, in the provider's file, when a provider has no address, postcode or phone", async () => {
    const provider = validProvider({ contact: { email: "cpd@fixture.example.ac.uk" } });
    delete provider["address"];
    delete provider["postcode"];
    const found = lines(
      await validateFiles({ ...minimalCatalogue(), "providers/fixture-university.md": toMarkdown(provider) }),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^content\/providers\/fixture-university\.md:\d+:\d+ warning address: The provider has no address, postcode and contact phone, so course directories that read our XCRI-CAP feed will reject its courses \(Add address: .*, postcode:, phone: under contact:\)$/,
      ),
    ]);
  });

  it("refuses address lines that are not a list of short lines, and a malformed venue phone", async () => {
    const found = lines(await validateCourse(withVenue((venue) => ({ ...venue, address: [], phone: "call us" }))));
    expect(found.join("\n")).toContain("presentations[0].venue.address: Give at least one address line");
    expect(found.join("\n")).toContain("presentations[0].venue.phone: Expected a phone number");
  });
});
