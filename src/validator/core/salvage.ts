import type { z } from "zod";
import { fieldName } from "./finding.ts";

/** What could be read from an entry whose front matter failed the schema. */
export interface Salvaged<T> {
  /** Every field that is valid on its own; the rest are missing. */
  readonly data: T;
  /** Names of fields that failed the schema. */
  readonly invalidFields: ReadonlySet<string>;
  /** Paths, such as `presentations[0].start`, of the fields left out of a partly valid group or list item. */
  readonly invalidPaths: ReadonlySet<string>;
}

/** The schema inside any default or optional wrappers. */
function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  let inner = schema;
  while (inner._zod.def.type === "default" || inner._zod.def.type === "optional")
    inner = (inner._zod.def as unknown as { innerType: z.core.$ZodType }).innerType;
  return inner;
}

/** The field's object schema, when the field is a group of fields. */
function objectSchema(schema: z.core.$ZodType): z.ZodObject | undefined {
  const inner = unwrapped(schema);
  return inner._zod.def.type === "object" ? (inner as z.ZodObject) : undefined;
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
 * run. An invalid group (a credit rating) keeps its valid fields, and an invalid list of groups
 * (runs) keeps each item's valid fields, holes left where an item is not a group so the others
 * keep their positions: rules that say they cope (src/domain/rules/index.ts) read those. Any other
 * rule must use only fields not in `invalidFields`.
 */
export function salvageFields<T>(schema: z.ZodObject, data: Record<string, unknown>): Salvaged<T> {
  const valid: Record<string, unknown> = {};
  const invalidFields = new Set<string>();
  const invalidPaths = new Set<string>();
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    const result = (fieldSchema as z.ZodType).safeParse(data[field]);
    if (result.success) {
      valid[field] = result.data;
      continue;
    }
    invalidFields.add(field);
    const groupSchema = objectSchema(fieldSchema as z.core.$ZodType);
    const group = data[field];
    if (groupSchema && isGroup(group)) {
      const { data: groupData, invalidFields: groupInvalid } = salvageFields<Record<string, unknown>>(
        groupSchema,
        group,
      );
      valid[field] = groupData;
      for (const key of groupInvalid) invalidPaths.add(fieldName([field, key]));
      continue;
    }
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
  }
  return { data: valid as T, invalidFields, invalidPaths };
}
