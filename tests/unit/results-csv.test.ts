import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { resultsCsv } from "../../src/search/client/results-csv.ts";
import { writeRunFacts } from "../../src/search/run-facts.ts";

describe("search results as CSV", () => {
  it("round-trips commas, quotes, line breaks and accents through a real CSV parser", () => {
    const tricky = {
      url: "/courses/a/",
      excerpt: "",
      meta: {
        title: 'Café, "quoted"\nand split',
        provider: "Irwell",
        summary: "Plain",
        credit: "No academic credit",
        runs: writeRunFacts([
          [
            { label: "Starts", value: "At any time" },
            { label: "Where", value: "Online" },
          ],
          [
            { label: "Starts", value: "3 March 2027" },
            { label: "Where", value: "Bolton" },
            { label: "Cost", value: "£120" },
            { label: "Length", value: "12 hours" },
          ],
        ]),
      },
      // The search found the second run.
      run: 1,
    };
    const csv = resultsCsv([tricky], "https://courses.example.org");
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        Title: 'Café, "quoted"\nand split',
        Provider: "Irwell",
        Summary: "Plain",
        Credit: "No academic credit",
        Starts: "3 March 2027",
        Where: "Bolton",
        Distance: "",
        Cost: "£120",
        "Apply by": "",
        Length: "12 hours",
        Page: "https://courses.example.org/courses/a/",
      },
    ]);
  });
});
