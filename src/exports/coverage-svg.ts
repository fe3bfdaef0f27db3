/** The coverage heat map as a standalone SVG image (W3C SVG 1.1), with a title for screen readers. */
import type { CoverageCell } from "../domain/coverage.ts";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Blues from light to dark, each with a text colour that keeps AA contrast on it. */
const shades = [
  { fill: "#f3f2f1", text: "#0b0c0c" },
  { fill: "#d2e2f1", text: "#0b0c0c" },
  { fill: "#8eb8dc", text: "#0b0c0c" },
  { fill: "#1d70b8", text: "#ffffff" },
  { fill: "#003078", text: "#ffffff" },
];

/** Room for a label in Arial, overestimated (0.6 em a character) so no label is ever cut. */
const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.6);

const rowFontSize = 14;
const columnFontSize = 13;
const cellWidth = 74;
const cellHeight = 34;
const margin = 10;
/** Column labels are turned 45°: each rises and runs this share of its length. */
const slant = Math.SQRT1_2;

/** Where everything goes, worked out from the labels so the longest fits whole. */
function layout(matrix: readonly (readonly CoverageCell[])[]) {
  const columns = matrix[0] ?? [];
  const rowLabelWidth = Math.max(120, ...matrix.map((row) => textWidth(row[0]!.row.label, rowFontSize))) + 2 * margin;
  const rise = Math.max(0, ...columns.map((cell) => textWidth(cell.column.label, columnFontSize) * slant));
  const headerHeight = Math.ceil(rise) + 2 * margin;
  const labelsReach = Math.max(
    0,
    ...columns.map(
      (cell, index) =>
        rowLabelWidth + index * cellWidth + cellWidth / 2 + textWidth(cell.column.label, columnFontSize) * slant,
    ),
  );
  const width = Math.ceil(Math.max(rowLabelWidth + columns.length * cellWidth, labelsReach) + margin);
  const height = headerHeight + matrix.length * cellHeight + margin;
  return { columns, rowLabelWidth, headerHeight, width, height };
}

/** The heat map's size in pixels, for the page's <img width height> (so nothing moves when it loads). */
export function coverageHeatmapSize(matrix: readonly (readonly CoverageCell[])[]): {
  width: number;
  height: number;
} {
  const { width, height } = layout(matrix);
  return { width, height };
}

/**
 * A heat map of a coverage matrix as a standalone SVG, drawn at build time (no
 * chart library in the browser). Gaps are drawn grey and labelled "gap". The
 * table beside it on the page is the accessible version of the same figures.
 * The canvas is as large as the longest labels need, so none is cut off.
 */
export function coverageHeatmap(matrix: readonly (readonly CoverageCell[])[], title: string): string {
  const { columns, rowLabelWidth, headerHeight, width, height } = layout(matrix);
  const max = Math.max(1, ...matrix.flat().map((cell) => cell.count));
  const shadeOf = (count: number) =>
    count === 0 ? shades[0]! : shades[Math.min(4, 1 + Math.floor(((count - 1) / max) * 4))]!;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t">`,
    `<title id="t">${escape(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...columns.map((cell, index) => {
      const x = rowLabelWidth + index * cellWidth + cellWidth / 2;
      return `<text x="${x}" y="${headerHeight - 8}" transform="rotate(-45 ${x} ${headerHeight - 8})" font-family="Arial, sans-serif" font-size="${columnFontSize}" fill="#0b0c0c">${escape(cell.column.label)}</text>`;
    }),
    ...matrix.flatMap((row, rowIndex) => {
      const y = headerHeight + rowIndex * cellHeight;
      return [
        `<text x="${rowLabelWidth - 8}" y="${y + cellHeight / 2 + 5}" text-anchor="end" font-family="Arial, sans-serif" font-size="${rowFontSize}" fill="#0b0c0c">${escape(row[0]!.row.label)}</text>`,
        ...row.map((cell, columnIndex) => {
          const x = rowLabelWidth + columnIndex * cellWidth;
          const shade = shadeOf(cell.count);
          return `<rect x="${x + 1}" y="${y + 1}" width="${cellWidth - 2}" height="${cellHeight - 2}" fill="${shade.fill}"/><text x="${x + cellWidth / 2}" y="${y + cellHeight / 2 + 5}" text-anchor="middle" font-family="Arial, sans-serif" font-size="13" fill="${shade.text}">${cell.count === 0 ? "gap" : cell.count}</text>`;
        }),
      ];
    }),
    "</svg>",
  ];
  return parts.join("\n");
}
