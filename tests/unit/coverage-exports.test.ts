import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { CoverageCell } from "../../src/domain/coverage.ts";
import { themeFacet } from "../../src/domain/facets.ts";
import type { Term } from "../../src/domain/vocabularies/index.ts";
import { coverageCsv } from "../../src/exports/coverage-csv.ts";
import { coverageHeatmap, coverageHeatmapSize } from "../../src/exports/coverage-svg.ts";

const term = (id: string, label: string): Term => ({ id, label, definition: `${label}.` });
const rows = [term("team-working", "Team working"), term("personal", "Personal and professional development")];
const columns = [
  term("medicine", "Medicine"),
  term("voluntary", "Voluntary, community and housing"),
  term("students", 'Students, "service users" and carers'),
];
const counts = [
  [6, 0, 2],
  [0, 12, 1],
];
const matrix: CoverageCell[][] = rows.map((row, r) =>
  columns.map((column, c) => ({
    row,
    column: { ...column, facet: themeFacet, values: [column.id] },
    count: counts[r]![c]!,
  })),
);

describe("coverage CSV", () => {
  it("has a row per row value and a column per column value, each cell its count and 0 for a gap", () => {
    const csv = coverageCsv(matrix, { rowHeading: "Theme", columns });
    expect(parse(csv, { bom: true })).toEqual([
      ["Theme", "Medicine", "Voluntary, community and housing", 'Students, "service users" and carers'],
      ["Team working", "6", "0", "2"],
      ["Personal and professional development", "0", "12", "1"],
    ]);
  });

  it("opens in spreadsheet programs: a byte order mark, Windows line ends, commas and quotes quoted", () => {
    const csv = coverageCsv(matrix, { rowHeading: "Theme", columns });
    expect(csv.startsWith("\uFEFFTheme,Medicine,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4); // three records, each ended by CRLF
    expect(csv).toContain(',"Voluntary, community and housing",');
    expect(csv).toContain('"Students, ""service users"" and carers"\r\n');
  });

  it("puts each count under its own column whatever order the cells come in", () => {
    const shuffled = matrix.map((row) => [...row].reverse());
    expect(coverageCsv(shuffled, { rowHeading: "Theme", columns })).toBe(
      coverageCsv(matrix, { rowHeading: "Theme", columns }),
    );
  });

  it("is the header alone when there are no rows", () => {
    expect(parse(coverageCsv([], { rowHeading: "Topic", columns }), { bom: true })).toEqual([
      ["Topic", ...columns.map((column) => column.label)],
    ]);
  });
});

describe("coverage heat map", () => {
  it("is as big as its longest labels need, and says so for the page's <img width height>", () => {
    const size = coverageHeatmapSize(matrix);
    const svg = coverageHeatmap(matrix, "Themes by profession group");
    expect(svg).toContain(`width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}"`);
    // Room for the longest column label turned 45° (estimated at 0.6 em a character, font size 13) above the cells…
    const longest = Math.max(...columns.map((column) => column.label.length)) * 13 * 0.6 * Math.SQRT1_2;
    const firstCellTop = Number(/<rect x="[\d.]+" y="([\d.]+)" width="72"/.exec(svg)![1]);
    expect(firstCellTop).toBeGreaterThan(longest);
    // …and for the longest row label, drawn right-aligned to the left of the cells.
    const rowLabel = "Personal and professional development".length * 14 * 0.6;
    const firstCellLeft = Number(/<rect x="([\d.]+)" y="[\d.]+" width="72"/.exec(svg)![1]);
    expect(firstCellLeft).toBeGreaterThan(rowLabel);
  });
});
