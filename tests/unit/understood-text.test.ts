import { describe, expect, it } from "vitest";
import { understoodText } from "../../src/search/client/understood-text.ts";

describe("what the search page says about how it read the words", () => {
  it("names the value an abbreviation or other word stands for", () => {
    expect(
      understoodText({
        parts: [
          { typed: "ot", aliasFor: ["Occupational therapist"] },
          { typed: "palliative", aliasFor: ["End of life care"] },
        ],
        withEveryPart: 1,
        found: 1,
        unmatched: [],
      }),
    ).toEqual({ aliases: "Showing courses for occupational therapist (OT) and end of life care (palliative)." });
  });

  it("says what a misspelt word was corrected to, with the words as typed to search instead", () => {
    expect(
      understoodText({
        parts: [{ typed: "demntia", correctedTo: "dementia" }, { typed: "care" }],
        withEveryPart: 1,
        found: 1,
        unmatched: [],
      }),
    ).toEqual({ corrected: { text: "Showing results for “dementia care”.", asTyped: "demntia care" } });
  });

  it("says when no course has every word, and which words matched nothing", () => {
    expect(
      understoodText({
        parts: [{ typed: "dementia" }, { typed: "zzzz" }],
        withEveryPart: 0,
        found: 3,
        unmatched: ["zzzz"],
      }),
    ).toEqual({
      partial:
        "No course matches all of your words, so these match some of them, those matching most first. No course matches “zzzz”.",
    });
  });

  it("says how many courses have every word when courses with some of them follow", () => {
    expect(
      understoodText({ parts: [{ typed: "dementia" }, { typed: "care" }], withEveryPart: 2, found: 9, unmatched: [] }),
    ).toEqual({ partial: "2 courses match all of your words. After them come courses that match some of them." });
  });

  it("says nothing for words taken as they are", () => {
    expect(understoodText({ parts: [{ typed: "dementia" }], withEveryPart: 1, found: 1, unmatched: [] })).toEqual({});
    expect(understoodText(undefined)).toEqual({});
  });
});
