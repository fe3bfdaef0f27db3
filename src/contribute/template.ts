import { Document, isMap, isScalar, isSeq, type Node } from "yaml";
import { describeFieldType, unwrap } from "../docs/field-types.ts";
import { documentedSchemas, fieldDescription } from "../docs/schema-docs.ts";

type AnySchema = Parameters<typeof unwrap>[0];
const documented = new Set<AnySchema>(documentedSchemas.map((entry) => entry.schema));

/** The object schema a value follows once optional, default and list wrappers are peeled off. */
function objectSchemaOf(schema: AnySchema): { shape: Record<string, AnySchema> } | undefined {
  const { inner } = unwrap(schema);
  const def = inner._zod.def as { type: string; element?: AnySchema; shape?: Record<string, AnySchema> };
  if (def.type === "array" && def.element) return objectSchemaOf(def.element);
  return def.shape ? { shape: def.shape } : undefined;
}

/** Puts each field's doc comment, and whether it is required, above it as a YAML comment. */
function comment(node: Node | null | undefined, schema: { shape: Record<string, AnySchema> }) {
  if (isSeq(node)) {
    for (const item of node.items) comment(item as Node, schema);
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const fieldSchema = schema.shape[key];
    if (!fieldSchema) continue;
    const type = describeFieldType(fieldSchema, documented);
    const meaning = fieldDescription(schema, key) ?? "";
    const values = type.vocabulary
      ? ` The site's glossary lists the values (or run \`npm run vocabulary ${type.vocabulary.glossaryKey}\`).`
      : "";
    pair.key.commentBefore = ` ${meaning} (${type.required ? "Required" : "Optional"}. ${type.text}.)${values}`;
    const nested = objectSchemaOf(fieldSchema);
    if (nested) comment(pair.value as Node, nested);
  }
}

/**
 * An entry file in which every field carries its meaning as a comment, for people who
 * write the file by hand (the "List your course" page without JavaScript). The comments
 * come from the schema's doc comments, like CONTRIBUTING.md's field reference.
 */
export function documentedTemplate(
  frontMatter: Record<string, unknown>,
  body: string,
  schema: { shape: Record<string, AnySchema> },
): string {
  const document = new Document(frontMatter);
  comment(document.contents as Node, schema);
  return `---\n${document.toString({ lineWidth: 100 })}---\n\n${body.trim()}\n`;
}
