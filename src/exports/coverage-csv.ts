/**
 * A coverage matrix as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs read accents,
 * Windows line ends): the table on /coverage/ for a commissioner's spreadsheet. One row per row value, one
 * column per column value, each cell the number of courses; 0 is a gap.
 */
import { stringify } from "csv-stringify/sync";
import type { CoverageCell, CoverageColumn } from "../domain/coverage.ts";

/** What the CSV is of: the heading of its first column ("Theme") and the values across ("Medicine", …). */
export interface CoverageCsvShape {
  readonly rowHeading: string;
  readonly columns: readonly Pick<CoverageColumn, "id" | "label">[];
}

/** The matrix's rows in the order given, a cell's count under its column's label. */
export function coverageCsv(matrix: readonly (readonly CoverageCell[])[], shape: CoverageCsvShape): string {
  const header = [shape.rowHeading, ...shape.columns.map((column) => column.label)];
  const records = matrix.map((row) => {
    const counts = new Map(row.map((cell) => [cell.column.id, cell.count]));
    return [row[0]?.row.label ?? "", ...shape.columns.map((column) => counts.get(column.id) ?? 0)];
  });
  return stringify([header, ...records], { bom: true, record_delimiter: "windows" });
}
