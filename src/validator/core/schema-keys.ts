import type { z } from "zod";

type AnySchema = z.core.$ZodType;

/** Steps through wrappers (optional, default, pipe, refine) to the schema that holds the shape. */
function unwrap(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
    case "prefault":
      return unwrap(def.innerType as AnySchema);
    case "pipe":
      return unwrap(def.in as AnySchema);
    default:
      return schema;
  }
}

/** The field names an object schema allows at `path`, for "did you mean" hints on unknown keys. */
export function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === "object") {
      const field = (def.shape as Record<string, AnySchema>)[String(key)];
      if (!field) return [];
      current = unwrap(field);
    } else if (def.type === "array") {
      current = unwrap(def.element as AnySchema);
    } else {
      return [];
    }
  }
  const def = current._zod.def as unknown as Record<string, unknown>;
  return def.type === "object" ? Object.keys(def.shape as object) : [];
}
