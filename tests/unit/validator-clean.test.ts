import { describe, expect, it } from "vitest";
import { lines, minimalCatalogue, validateFiles } from "../helpers/catalogue.ts";

describe("a valid catalogue", () => {
  it("has no findings and returns every entry", async () => {
    const result = await validateFiles(minimalCatalogue());
    expect(lines(result)).toEqual([]);
    expect(result.fileCount).toBe(2);
    expect(result.courses.map((entry) => entry.data.id)).toEqual(["fixture-course"]);
    expect(result.providers.map((entry) => entry.data.id)).toEqual(["fixture-university"]);
  });
});
