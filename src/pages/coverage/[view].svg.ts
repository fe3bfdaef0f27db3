import type { APIRoute, GetStaticPaths } from "astro";
import { coverageMatrix } from "../../domain/coverage.ts";
import { coverageViews, type CoverageView } from "../../domain/coverage-views.ts";
import { coverageHeatmap } from "../../exports/coverage-svg.ts";
import { checkedCatalogue } from "../../catalogue/hand-off.ts";

export const getStaticPaths = (() =>
  coverageViews.map((view) => ({ params: { view: view.key }, props: { view } }))) satisfies GetStaticPaths;

/** The coverage heat map as an SVG image, drawn at build time. */
export const GET: APIRoute = async ({ props }) => {
  const { view } = props as { view: CoverageView };
  const { active, asOf } = checkedCatalogue();
  return new Response(coverageHeatmap(coverageMatrix(active, view.rows, view.columns, asOf), view.title), {
    headers: { "Content-Type": "image/svg+xml" },
  });
};
