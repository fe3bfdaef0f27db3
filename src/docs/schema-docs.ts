import type { z } from "zod";
import * as contentSchemas from "../domain/schema/index.ts";
import * as exportSchemas from "../domain/catalogue-export-schema.ts";
import { fieldDocs } from "./field-docs.generated.ts";
import type { SchemaDocs } from "./read-doc-comments.ts";

/** One object schema of the content model with the doc comments written beside it. */
export interface DocumentedSchema {
  /** Its export name, such as "presentationSchema". */
  readonly name: string;
  /** A heading for it, such as "Presentation". */
  readonly title: string;
  readonly schema: z.ZodObject;
  readonly docs: SchemaDocs;
}

/** "creditValueSchema" → "Credit value". */
const titleOf = (name: string) => {
  const words = name.replace(/Schema$/, "").replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The object schemas a provider or course entry is made of, each with its doc comments from `allDocs`. */
export function documentedSchemasFrom(allDocs: Readonly<Record<string, SchemaDocs>>): DocumentedSchema[] {
  return Object.entries(contentSchemas).flatMap(([name, schema]) => {
    const docs = allDocs[name];
    if (!docs || typeof schema !== "object" || !("shape" in schema)) return [];
    return [{ name, title: titleOf(name), schema: schema as z.ZodObject, docs }];
  });
}

/** The content model's object schemas with the doc comments generated from their source. */
export const documentedSchemas: readonly DocumentedSchema[] = documentedSchemasFrom(fieldDocs);

const everySchema: Record<string, unknown> = { ...contentSchemas, ...exportSchemas };

/**
 * The doc comment of a field of any object schema built from documented ones (an export
 * that extends the course schema, say): the field's own schema must be the documented one.
 */
export function fieldDescription(object: { shape: Record<string, unknown> }, key: string): string | undefined {
  for (const [name, docs] of Object.entries(fieldDocs as Record<string, SchemaDocs>)) {
    const documented = everySchema[name] as { shape?: Record<string, unknown> } | undefined;
    if (documented?.shape?.[key] === object.shape[key] && docs.fields[key]) return docs.fields[key];
  }
  return undefined;
}
