import type { ImportReport } from "./report.ts";

/** How many lines of per-course detail the printed summary shows before pointing to --report. */
const DETAIL_LINES = 40;

/**
 * The import's result for a terminal: totals, counts of what could not be
 * mapped and what is left to do, and every refusal and conflict by file and
 * field (those need a person). The JSON report has everything.
 */
export function summaryText(report: ImportReport): string {
  const { summary } = report;
  const imported = summary.created + summary.updated + summary.unchanged;
  const out: string[] = [
    `${report.dryRun ? "Dry run (nothing written): " : ""}${report.feed}`,
    `Courses in the feed: ${summary.courses} — imported ${imported} (new ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}), refused ${summary.refused}, skipped ${summary.skipped}`,
  ];
  const table = (title: string, counts: Record<string, number>) => {
    const rows = Object.entries(counts);
    if (rows.length === 0) return;
    out.push("", title);
    for (const [name, count] of rows) out.push(`  ${String(count).padStart(6)}  ${name}`);
  };
  table("Not mapped, by element (see the report for each value and reason):", summary.unmappedByElement);
  table("Left as TODO for the provider, by field (npm run validate lists each):", summary.todosByField);

  const needsAttention: string[] = [];
  for (const entry of [...report.providers, ...report.courses]) {
    if (entry.outcome === "skipped" || entry.outcome === "refused") {
      const what = entry.file ?? `"${entry.title}" (${entry.source})`;
      needsAttention.push(`  ${entry.outcome}: ${what}: ${entry.reason ?? ""}`);
    }
    for (const conflict of entry.conflicts) {
      needsAttention.push(
        `  conflict: ${entry.file ?? entry.title}: ${conflict.field} was edited by hand and the feed changed it; kept your version (the feed now says: ${conflict.feedValue})`,
      );
    }
  }
  for (const file of report.noLongerInFeed) {
    needsAttention.push(`  no longer in the feed: ${file} (left as it is; set status: withdrawn or delete it)`);
  }
  if (needsAttention.length > 0) {
    out.push("", "Needs your attention:", ...needsAttention.slice(0, DETAIL_LINES));
    if (needsAttention.length > DETAIL_LINES)
      out.push(`  … and ${needsAttention.length - DETAIL_LINES} more in the report (--report)`);
  }
  return out.join("\n");
}
