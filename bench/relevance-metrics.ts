/**
 * The relevance measures of `npm run bench:relevance` and of the relevance
 * test, for one query and averaged over many. Pure functions: ranked course
 * ids in, numbers out.
 */

/** How deep the @10 measures look: the first page of results the search page draws. */
export const CUTOFF = 10;

/** The measures of one query. */
export interface QueryMetrics {
  /** 1 if a relevant course is among the first ten results, else 0. */
  readonly successAt10: number;
  /** The share of the relevant courses found among the first ten results (0 to 1). */
  readonly recallAt10: number;
  /** 1 / the rank of the first relevant result, 0 if no result is relevant. */
  readonly reciprocalRank: number;
}

/** Means over a set of queries, and how many queries they are over. */
export interface AggregateMetrics {
  readonly queries: number;
  readonly successAt10: number;
  readonly recallAt10: number;
  readonly mrr: number;
}

/** Each id once, in its first place: a course listed twice counts once, where it first appears. */
const distinct = (ids: readonly string[]) => [...new Set(ids)];

/** 1 if any relevant id is in the first ten of `ranked`, else 0. */
export function successAt10(ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  return ranked.slice(0, CUTOFF).some((id) => wanted.has(id)) ? 1 : 0;
}

/**
 * The relevant ids found in the first ten of `ranked` ÷ the relevant ids,
 * capped at 1. No relevant ids gives 0: a judgement with nothing relevant
 * cannot be met.
 */
export function recallAt10(ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  if (wanted.size === 0) return 0;
  const found = distinct(ranked.slice(0, CUTOFF)).filter((id) => wanted.has(id)).length;
  return Math.min(1, found / wanted.size);
}

/** 1 / the rank (from 1) of the first relevant id in `ranked`; 0 if none of `ranked` is relevant. */
export function reciprocalRank(ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  const index = ranked.findIndex((id) => wanted.has(id));
  return index < 0 ? 0 : 1 / (index + 1);
}

/** Every measure of one query. */
export function queryMetrics(ranked: readonly string[], relevant: readonly string[]): QueryMetrics {
  return {
    successAt10: successAt10(ranked, relevant),
    recallAt10: recallAt10(ranked, relevant),
    reciprocalRank: reciprocalRank(ranked, relevant),
  };
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** The means of each measure over `metrics` (all 0 over no queries). */
export function aggregate(metrics: readonly QueryMetrics[]): AggregateMetrics {
  return {
    queries: metrics.length,
    successAt10: mean(metrics.map((m) => m.successAt10)),
    recallAt10: mean(metrics.map((m) => m.recallAt10)),
    mrr: mean(metrics.map((m) => m.reciprocalRank)),
  };
}

/**
 * Means per kind of query, kinds in the order they first appear, and over
 * every query. Each kind is averaged over its own queries; "overall" over all
 * queries (so a kind with more queries weighs more).
 */
export function aggregateByKind<K extends string>(
  measured: readonly { readonly kind: K; readonly metrics: QueryMetrics }[],
): { byKind: Record<K, AggregateMetrics>; overall: AggregateMetrics } {
  const kinds = distinct(measured.map(({ kind }) => kind)) as K[];
  const byKind = Object.fromEntries(
    kinds.map((kind) => [kind, aggregate(measured.filter((m) => m.kind === kind).map((m) => m.metrics))]),
  ) as Record<K, AggregateMetrics>;
  return { byKind, overall: aggregate(measured.map((m) => m.metrics)) };
}

/** `value` rounded down to two decimals (a ratchet's floor: never above what was reached). */
export function floorTo2(value: number): number {
  // Via the rounded hundredths, so 0.29 (28.999… hundredths in floating point) stays 0.29.
  const hundredths = Math.round(value * 1e6) / 1e4;
  return Math.floor(hundredths) / 100;
}
