import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/domain/dates.ts";

describe("isIsoDate", () => {
  it("takes real calendar dates, leap days included", () => {
    for (const date of ["2026-01-01", "2026-12-31", "2024-02-29", "2000-02-29", "2026-04-30", "0001-01-01"])
      expect(isIsoDate(date), date).toBe(true);
  });

  it("refuses days a month does not have, and other forms", () => {
    for (const text of [
      "2027-02-30",
      "2026-02-29",
      "2100-02-29",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "2026-1-01",
      "26-01-01",
      "2026-01-01T00:00:00Z",
      "",
    ])
      expect(isIsoDate(text), text).toBe(false);
  });
});
