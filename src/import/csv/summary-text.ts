import type { CsvImportReport } from "./import-csv.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The import's outcome for the terminal: totals, then every row that needs attention, by row and column. */
export function csvSummaryText(report: CsvImportReport): string {
  const { summary } = report;
  const lines = [
    `${report.sheet}: ${plural(summary.rows, "row")} (cells separated by "${report.separator}")${report.dryRun ? " — dry run, nothing written" : ""}`,
    `  imported ${summary.imported}, merged into their course ${summary.merged}, refused ${summary.refused}, skipped ${summary.skipped}, not written ${summary.notWritten}`,
    `  courses: ${summary.courses} (created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged})`,
  ];
  if (report.unknownColumns.length)
    lines.push(
      `  columns ignored (not in the template): ${report.unknownColumns.map((column) => `“${column}”`).join(", ")}`,
    );
  const refused = report.rows.filter((row) => row.outcome === "refused");
  if (refused.length) {
    lines.push("", "Refused rows:");
    for (const row of refused)
      for (const problem of row.problems)
        lines.push(`  row ${row.row}${problem.column ? `, column “${problem.column}”` : ""}: ${problem.message}`);
  }
  const skipped = report.courses.filter((course) => course.outcome === "skipped");
  if (skipped.length) {
    lines.push("", "Skipped courses:");
    for (const course of skipped)
      lines.push(
        `  ${course.title} (row${course.rows.length > 1 ? "s" : ""} ${course.rows.join(", ")}): ${course.reason}`,
      );
  }
  const warned = report.rows.filter((row) => row.warnings.length);
  if (warned.length) {
    lines.push("", "Worth checking:");
    for (const row of warned)
      for (const warning of row.warnings)
        lines.push(`  row ${row.row}${warning.column ? `, column “${warning.column}”` : ""}: ${warning.message}`);
  }
  const conflicts = report.courses.filter((course) => course.conflicts.length);
  if (conflicts.length) {
    lines.push("", "Edited by hand and changed in the sheet too (your edit was kept):");
    for (const course of conflicts)
      lines.push(`  ${course.file}: ${course.conflicts.map((conflict) => conflict.field).join(", ")}`);
  }
  if (summary.refused && summary.notWritten)
    lines.push("", "Nothing was written: fix the refused rows, or import again with --partial.");
  return lines.join("\n");
}
