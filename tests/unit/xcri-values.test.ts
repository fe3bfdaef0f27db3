import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { attendanceModes, attendancePatterns, studyModes } from "../../src/domain/vocabularies/index.ts";
import { mapCode, type CodedElement } from "../../src/import/xcri/codes.ts";
import { readCost } from "../../src/import/xcri/cost.ts";
import { readCredit } from "../../src/import/xcri/credits.ts";
import { readDate } from "../../src/import/xcri/dates.ts";
import { IdAllocator, idFromUrl } from "../../src/import/xcri/ids.ts";

/** One element parsed from XML text, with the XCRI-CAP namespaces bound. */
const element = (xml: string): Element =>
  new DOMParser().parseFromString(
    `<w xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:mlo="http://purl.org/net/mlo" xmlns:cm="http://purl.org/net/cm">${xml}</w>`,
    "text/xml",
  ).documentElement!.firstChild as Element;

const code = (kind: CodedElement, xml: string) => {
  const result = mapCode(element(xml), kind);
  return result.ok ? result.id : `unmapped: ${result.reason}`;
};

describe("study and attendance codes", () => {
  it("maps every XCRI-CAP code our vocabularies carry, by identifier", () => {
    for (const [kind, terms] of [
      ["studyMode", studyModes],
      ["attendanceMode", attendanceModes],
      ["attendancePattern", attendancePatterns],
    ] as const) {
      for (const term of terms) expect(code(kind, `<${kind} identifier="${term.xcriCode}">?</${kind}>`)).toBe(term.id);
    }
  });

  it("maps free text that names exactly one term, and reports the rest", () => {
    expect(code("studyMode", "<studyMode>Part-Time Day</studyMode>")).toBe("part-time");
    expect(code("studyMode", "<studyMode>Full-Time</studyMode>")).toBe("full-time");
    expect(code("studyMode", "<studyMode>Flexible study [day/eve and/or home/distance]</studyMode>")).toBe("flexible");
    expect(code("attendanceMode", "<attendanceMode>Self-study</attendanceMode>")).toBe("distance");
    expect(code("attendanceMode", "<attendanceMode>On campus</attendanceMode>")).toBe("campus");
    expect(code("attendancePattern", "<attendancePattern>Day/Block release</attendancePattern>")).toBe("block-release");
    expect(code("studyMode", "<studyMode>NLD Study Mode Code: C</studyMode>")).toMatch(
      /^unmapped: the text does not name/,
    );
    expect(code("attendanceMode", "<attendanceMode>Part Time Day</attendanceMode>")).toMatch(/^unmapped/);
    expect(code("studyMode", '<studyMode identifier="XX">Odd</studyMode>')).toBe(
      'unmapped: "XX" is not an XCRI-CAP 1.2 studyMode code, and the text names no term',
    );
  });
});

describe("costs", () => {
  it.each([
    ["0.0000", { ok: true, amount: 0 }],
    ["free", { ok: true, amount: 0 }],
    ["£350", { ok: true, amount: 350 }],
    ["1,250.50", { ok: true, amount: 1250.5 }],
    ["GBP6,000 per stage", { ok: true, amount: 6000, description: "GBP6,000 per stage" }],
    ["UK fee: GBP155.00; Ireland fee: GBP340.00", { ok: false, reason: expect.stringContaining("several sums") }],
    ["Costs are paid per unit not per qualification.", { ok: false, reason: "no sum of money in the text" }],
    ["€300", { ok: false, reason: "the cost is not in pounds sterling" }],
  ])("reads %j", (text, expected) => {
    expect(readCost(text)).toEqual(expected);
  });
});

describe("dates", () => {
  const date = (xml: string) => readDate(element(xml));
  it("prefers dtf, drops a time, reads 1900 as no fixed date, and never guesses a day", () => {
    expect(date('<end dtf="2012-08-31">31 August 2011</end>')).toEqual({ kind: "date", date: "2012-08-31" });
    expect(date("<mlo:start>2013-02-05T00:00:00</mlo:start>")).toEqual({ kind: "date", date: "2013-02-05" });
    expect(date("<mlo:start>1900-01-01</mlo:start>")).toEqual({ kind: "no-fixed-date" });
    expect(date('<applyUntil dtf="2015-09">September 2015</applyUntil>')).toMatchObject({ kind: "unreadable" });
    expect(date("<end>2027-02-30</end>")).toMatchObject({ kind: "unreadable" });
  });
});

describe("credits", () => {
  const credit = (scheme: string, level: string, value: string) =>
    readCredit(
      element(
        `<mlo:credit><cm:scheme>${scheme}</cm:scheme><cm:level>${level}</cm:level><cm:value>${value}</cm:value></mlo:credit>`,
      ),
    );
  it("takes our schemes with a level in range and a positive value, and says why not otherwise", () => {
    expect(credit("CATS", "6", "20")).toEqual({ ok: true, credit: { scheme: "CATS", level: 6, value: 20 } });
    expect(credit("ects", "7", "7.5")).toEqual({ ok: true, credit: { scheme: "ECTS", level: 7, value: 7.5 } });
    expect(credit("SCQF", "", "10")).toEqual({ ok: false, reason: "the level is empty" });
    expect(credit("CATS", "9", "10")).toEqual({ ok: false, reason: "level 9 is outside CATS's levels 3–8" });
    expect(credit("The Open University", "1", "10")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("not one we list"),
    });
    expect(credit("CATS", "5", "0")).toMatchObject({ ok: false });
  });
});

describe("ids", () => {
  it("takes a course id from a web address only when its last segment already is one", () => {
    expect(idFromUrl("https://example.ac.uk/courses/dementia-care/")).toBe("dementia-care");
    expect(idFromUrl("http://www.wychwolf.com/moodle/course/view.php?id=5")).toBeUndefined();
    expect(idFromUrl("B01")).toBeUndefined();
  });

  it("hands out unique ids, preferring later candidates over a numbered suffix", () => {
    const ids = new IdAllocator();
    ids.reserve("kept");
    expect([ids.allocate("a"), ids.allocate("a", "a-x"), ids.allocate("a"), ids.allocate("kept")]).toEqual([
      "a",
      "a-x",
      "a-2",
      "kept-2",
    ]);
  });
});
