import type { z } from "zod";

/** What could be read from an entry whose front matter failed the schema. */
export interface Salvaged<T> {
  /** Every field that is valid on its own; the rest are missing. */
  readonly data: T;
  /** Names of fields that failed the schema. */
  readonly invalidFields: ReadonlySet<string>;
}

/**
 * Parses each top-level field of an object schema on its own, keeping the
 * valid ones, so that rules about those fields can still report in the same
 * run. The result is only safe to use for fields not in `invalidFields`.
 */
export function salvageFields<T>(schema: z.ZodObject, data: Record<string, unknown>): Salvaged<T> {
  const valid: Record<string, unknown> = {};
  const invalidFields = new Set<string>();
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    const result = (fieldSchema as z.ZodType).safeParse(data[field]);
    if (result.success) valid[field] = result.data;
    else invalidFields.add(field);
  }
  return { data: valid as T, invalidFields };
}
