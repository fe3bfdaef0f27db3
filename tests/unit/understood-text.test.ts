import { describe, expect, it } from "vitest";
import type { Understood } from "../../src/search/client/engine.ts";
import { understoodText } from "../../src/search/client/understood-text.ts";

const plain: Understood = { typed: "", aliases: [], withEveryPart: 1, found: 1, unmatched: [], loose: [] };

describe("what the search page says about how it read the words", () => {
  it("names the values other names stand for, as the vocabularies write them", () => {
    expect(
      understoodText({
        ...plain,
        typed: "ot palliative gp",
        aliases: [
          { written: "OT", labels: ["Occupational therapist"] },
          { written: "palliative", labels: ["End of life care"] },
          { written: "family doctor", labels: ["GP"] },
        ],
      }),
    ).toEqual({
      aliases: "Showing courses for occupational therapist (OT), end of life care (palliative) and GP (family doctor).",
    });
  });

  it("says what misspelt words were corrected to, with the words as typed to search instead", () => {
    expect(understoodText({ ...plain, typed: "demntia care", corrected: "dementia care" })).toEqual({
      corrected: {
        text: "Showing results for “dementia care”.",
        searched: "dementia care",
        asTyped: "demntia care",
      },
    });
  });

  it("says when no course has every word, and which words matched nothing", () => {
    expect(understoodText({ ...plain, withEveryPart: 0, found: 3, unmatched: ["zzzz"] })).toEqual({
      partial: "No course matches all of your words, so these match some of them. No course matches “zzzz”.",
    });
  });

  it("says how many courses have every word when courses with some of them follow", () => {
    expect(understoodText({ ...plain, withEveryPart: 2, found: 9 })).toEqual({
      partial: "2 courses match all of your words. After them come courses that match some of them.",
    });
  });

  it("says when a word is not in any course and the results have words that start like it", () => {
    expect(understoodText({ ...plain, typed: "teamwork", loose: ["teamwork"] })).toEqual({
      loose: "No course has the word “teamwork”: these have words that start like it.",
    });
  });

  it("says nothing for words taken as they are", () => {
    expect(understoodText(plain)).toEqual({});
    expect(understoodText(undefined)).toEqual({});
  });
});
