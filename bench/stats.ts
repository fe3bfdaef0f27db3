/** Small, pure helpers for summarising measurements; unit-tested in tests/unit/bench-stats.test.ts. */

/** The p-th percentile (0–100) of `values` by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Median, 95th percentile, minimum and maximum, rounded to 0.1. */
export function summary(values: readonly number[]): { n: number; p50: number; p95: number; min: number; max: number } {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

/** A ratio rounded to 3 significant figures; NaN when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number {
  if (denominator === 0) return Number.NaN;
  return Number((numerator / denominator).toPrecision(3));
}

/** Bytes as KB or MB with one decimal, for the Markdown summary. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Static hosts, with the per-deploy file cap and site-size cap each documented
 * when this was written (November 2026, Cloudflare's paid plans December 2026; check
 * before relying on them; docs/deploy.md cites the sources). Every host listed
 * also caps a single file at 25 MiB or more.
 * Infinity means no documented cap.
 */
export const HOST_LIMITS: readonly {
  host: string;
  maxFiles: number;
  maxBytes: number;
  /** The largest single file the host accepts. */
  maxFileBytes: number;
  note: string;
}[] = [
  {
    host: "Cloudflare Pages (free plan)",
    maxFiles: 20_000,
    maxBytes: Infinity,
    maxFileBytes: 25 * 1024 ** 2,
    note: "20,000 files per deploy, 25 MiB per file",
  },
  {
    host: "Cloudflare Pages or Workers static assets (paid plans)",
    maxFiles: 100_000,
    maxBytes: Infinity,
    maxFileBytes: 25 * 1024 ** 2,
    note: "100,000 files per site or Worker version, 25 MiB per file (January 2026)",
  },
  {
    host: "GitHub Pages",
    maxFiles: Infinity,
    maxBytes: 1024 ** 3,
    maxFileBytes: Infinity,
    note: "no file cap; published site at most 1 GB",
  },
  {
    host: "Own web server or object storage (nginx, Apache, S3 and the like)",
    maxFiles: Infinity,
    maxBytes: Infinity,
    maxFileBytes: Infinity,
    note: "no cap",
  },
];

/** The hosts whose caps a site of `files` files and `bytes` bytes, its largest file `largestFile` bytes, fits under. */
export function hostsThatFit(files: number, bytes: number, largestFile = 0): string[] {
  return HOST_LIMITS.filter(
    ({ maxFiles, maxBytes, maxFileBytes }) => files <= maxFiles && bytes <= maxBytes && largestFile <= maxFileBytes,
  ).map(({ host }) => host);
}
