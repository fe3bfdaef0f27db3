import { createHash } from "node:crypto";

/**
 * A value as JSON with object keys sorted and dates as YYYY-MM-DD, so the
 * same content always gives the same text: YAML may read a date unquoted as a
 * Date, and an editor may reorder keys, without the content changing.
 */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  if (typeof value === "string") return value.replace(/\r\n?/g, "\n").trim();
  return value;
}

/** A short SHA-256 of a field's value: enough to notice a change, too short to be mistaken for content. */
export function fingerprint(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return createHash("sha256")
    .update(JSON.stringify(canonical(value)))
    .digest("hex")
    .slice(0, 16);
}
