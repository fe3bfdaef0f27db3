import { z } from "zod";
import { fieldDescription } from "./schema-docs.ts";

/**
 * A JSON Schema for a published file, with each property's description taken from the doc
 * comment on the zod field it comes from, so editors and API users see the same words as
 * CONTRIBUTING.md.
 */
export function describedJsonSchema(schema: z.ZodType): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(schema, {
    io: "output",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const shape = (zodSchema as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape;
      if (!shape || !jsonSchema.properties) return;
      for (const [key, property] of Object.entries(jsonSchema.properties)) {
        const description = fieldDescription({ shape }, key);
        if (description && typeof property === "object") property.description ??= description;
      }
    },
  });
}
