import { describe, expect, it } from "vitest";
import { costLines, formatCost } from "../../src/domain/format.ts";

describe("a run's cost", () => {
  it("says a free run is free once, even when its note starts with the word", () => {
    expect(formatCost(0)).toBe("Free");
    expect(costLines({ amount: 0 })).toEqual(["Free"]);
    expect(costLines({ amount: 0, description: "Free" })).toEqual(["Free"]);
    expect(costLines({ amount: 0, description: "free to trust and council staff" })).toEqual([
      "free to trust and council staff",
    ]);
    expect(costLines({ amount: 0, description: "Free; staff on a rest day get time back" })).toEqual([
      "Free; staff on a rest day get time back",
    ]);
  });

  it("keeps the fee when the note says something else, or only starts with the same letters", () => {
    expect(costLines({ amount: 0, description: "Travel costs paid" })).toEqual(["Free", "Travel costs paid"]);
    expect(costLines({ amount: 0, description: "Freely open to carers" })).toEqual(["Free", "Freely open to carers"]);
    expect(costLines({ amount: 120, description: "£120 including lunch" })).toEqual(["£120 including lunch"]);
    expect(costLines({ amount: 120, description: "£1200 for the whole programme" })).toEqual([
      "£120",
      "£1200 for the whole programme",
    ]);
    expect(costLines({ amount: 120, description: "£120.50 with the book" })).toEqual(["£120", "£120.50 with the book"]);
    expect(costLines({ amount: 120, description: "  " })).toEqual(["£120"]);
  });
});
