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

/**
 * A heat map of a coverage matrix as a standalone SVG, drawn at build time (no
 * chart library in the browser). Gaps are drawn grey and labelled "gap". The
 * table beside it on the page is the accessible version of the same figures.
 */
export function coverageHeatmap(matrix: readonly (readonly CoverageCell[])[], title: string): string {
  const rowLabelWidth = 290;
  const cellWidth = 74;
  const cellHeight = 34;
  const headerHeight = 150;
  const columns = matrix[0] ?? [];
  const width = rowLabelWidth + columns.length * cellWidth + 10;
  const height = headerHeight + matrix.length * cellHeight + 10;
  const max = Math.max(1, ...matrix.flat().map((cell) => cell.count));
  const shadeOf = (count: number) =>
    count === 0 ? shades[0]! : shades[Math.min(4, 1 + Math.floor(((count - 1) / max) * 4))]!;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t">`,
    `<title id="t">${escape(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...columns.map((cell, index) => {
      const x = rowLabelWidth + index * cellWidth + cellWidth / 2;
      return `<text x="${x}" y="${headerHeight - 8}" transform="rotate(-45 ${x} ${headerHeight - 8})" font-family="Arial, sans-serif" font-size="13" fill="#0b0c0c">${escape(cell.column.label)}</text>`;
    }),
    ...matrix.flatMap((row, rowIndex) => {
      const y = headerHeight + rowIndex * cellHeight;
      return [
        `<text x="${rowLabelWidth - 8}" y="${y + cellHeight / 2 + 5}" text-anchor="end" font-family="Arial, sans-serif" font-size="14" fill="#0b0c0c">${escape(row[0]!.row.label)}</text>`,
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
