import type { APIRoute, GetStaticPaths } from "astro";
import { coverageMatrix } from "../../domain/coverage.ts";
import { coverageTables, type CoverageView } from "../../domain/coverage-views.ts";
import { coverageCsv } from "../../exports/coverage-csv.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";

export const getStaticPaths = (() =>
  coverageTables.map((view) => ({ params: { view: view.key }, props: { view } }))) satisfies GetStaticPaths;

/** One coverage table as CSV, written at build time: the same counts as the table on /coverage/. */
export const GET: APIRoute = async ({ props }) => {
  const { view } = props as { view: CoverageView };
  const { active, asOf } = checkedCatalogue();
  const matrix = coverageMatrix(active, view.rows, view.columns, asOf);
  return new Response(coverageCsv(matrix, { rowHeading: view.rows.noun, columns: view.columns }), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
