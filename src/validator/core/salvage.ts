import type { z } from "zod";
import { fieldName } from "./finding.ts";

/** What could be read from an entry whose front matter failed the schema. */
export interface Salvaged<T> {
  /** Every field that is valid on its own; the rest are missing. */
  readonly data: T;
  /** Names of fields that failed the schema. */
  readonly invalidFields: ReadonlySet<string>;
  /**
   * Invalid lists of groups (runs, say) kept item by item with each item's valid fields, so rules
   * within one item (a run's dates) still report in the same round. Items that are not groups are
   * left as holes, so the others keep their positions.
   */
  readonly partlyValidFields: ReadonlySet<string>;
  /** Paths, such as `presentations[0].start`, of the item fields left out of a partly valid list. */
  readonly invalidPaths: ReadonlySet<string>;
}

/** The schema inside any default or optional wrappers. */
function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  let inner = schema;
  while (inner._zod.def.type === "default" || inner._zod.def.type === "optional")
    inner = (inner._zod.def as unknown as { innerType: z.core.$ZodType }).innerType;
  return inner;
}

/** The object schema of a list's items, when the field is a list of groups. */
function itemObjectSchema(schema: z.core.$ZodType): z.ZodObject | undefined {
  const list = unwrapped(schema);
  if (list._zod.def.type !== "array") return undefined;
  const item = (list._zod.def as unknown as { element: z.core.$ZodType }).element;
  return item._zod.def.type === "object" ? (item as z.ZodObject) : undefined;
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Parses each top-level field of an object schema on its own, keeping the
 * valid ones, so that rules about those fields can still report in the same
 * run. The result is only safe to use for fields not in `invalidFields`, and, for
 * rules that declare they can, fields in `partlyValidFields`.
 */
export function salvageFields<T>(schema: z.ZodObject, data: Record<string, unknown>): Salvaged<T> {
  const valid: Record<string, unknown> = {};
  const invalidFields = new Set<string>();
  const partlyValidFields = new Set<string>();
  const invalidPaths = new Set<string>();
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    const result = (fieldSchema as z.ZodType).safeParse(data[field]);
    if (result.success) {
      valid[field] = result.data;
      continue;
    }
    invalidFields.add(field);
    const itemSchema = itemObjectSchema(fieldSchema as z.core.$ZodType);
    const items = data[field];
    if (!itemSchema || !Array.isArray(items)) continue;
    const kept: unknown[] = new Array(items.length);
    items.forEach((item, index) => {
      if (!isGroup(item)) return;
      const { data: itemData, invalidFields: itemInvalid } = salvageFields<Record<string, unknown>>(itemSchema, item);
      kept[index] = itemData;
      for (const key of itemInvalid) invalidPaths.add(fieldName([field, index, key]));
    });
    valid[field] = kept;
    partlyValidFields.add(field);
  }
  return { data: valid as T, invalidFields, partlyValidFields, invalidPaths };
}
