import { describe, expect, it } from "vitest";
import { convertCredit } from "../../src/domain/credit-conversion.ts";

describe("credit calculator", () => {
  it("converts hours to every scheme: 10 hours a CATS or SCQF credit, 20 an ECTS credit", () => {
    expect(convertCredit(200, "hours")).toEqual({ hours: 200, cats: 20, ects: 10, scqf: 20 });
    expect(convertCredit(1200, "hours")).toEqual({ hours: 1200, cats: 120, ects: 60, scqf: 120 });
  });

  it("rounds hours down to whole CATS and SCQF credits and to the half ECTS credit", () => {
    expect(convertCredit(95, "hours")).toEqual({ hours: 95, cats: 9, ects: 4.5, scqf: 9 });
    expect(convertCredit(9, "hours")).toEqual({ hours: 9, cats: 0, ects: 0, scqf: 0 });
    expect(convertCredit(150, "hours").ects).toBe(7.5);
  });

  it("converts credits to hours and other schemes exactly", () => {
    expect(convertCredit(15, "cats")).toEqual({ hours: 150, cats: 15, ects: 7.5, scqf: 15 });
    expect(convertCredit(7.5, "ects")).toEqual({ hours: 150, cats: 15, ects: 7.5, scqf: 15 });
    expect(convertCredit(12, "scqf")).toEqual({ hours: 120, cats: 12, ects: 6, scqf: 12 });
  });
});
