import { describeFieldType, type FieldType } from "./field-types.ts";
import type { DocumentedSchema } from "./schema-docs.ts";

/** The anchor GitHub and most Markdown renderers give a heading: lowercase, punctuation dropped, hyphens for spaces. */
const headingAnchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/ /g, "-");

/** The anchor of a schema's section, such as "presentation-fields". */
export const sectionAnchor = (schema: DocumentedSchema) => headingAnchor(`${schema.title} fields`);

const vocabularyHeading = (title: string) => `Values: ${title}`;

/** Escapes the characters that would break a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The schemas reachable from the entry schemas, in the order a reader meets them. */
function readingOrder(schemas: readonly DocumentedSchema[], roots: readonly string[]): DocumentedSchema[] {
  const bySchema = new Map(schemas.map((documented) => [documented.schema as unknown, documented]));
  const ordered: DocumentedSchema[] = [];
  const visit = (documented: DocumentedSchema) => {
    if (ordered.includes(documented)) return;
    ordered.push(documented);
    for (const field of Object.values(documented.schema.shape)) {
      const nested = describeFieldType(field, new Set(bySchema.keys() as Iterable<never>)).object;
      const child = nested && bySchema.get(nested);
      if (child) visit(child);
    }
  };
  for (const root of roots) visit(schemas.find((documented) => documented.name === root)!);
  return ordered;
}

function typeCell(type: FieldType, schemas: readonly DocumentedSchema[]): string {
  const nested = schemas.find((documented) => documented.schema === type.object);
  let text = type.text;
  if (nested)
    text = `${type.text.replace("groups of fields", "groups").replace("Group of fields", "Group")}: see [${nested.title}](#${sectionAnchor(nested)})`;
  if (type.vocabulary)
    text = text.replace(
      type.vocabulary.title,
      `[${type.vocabulary.title}](#${headingAnchor(vocabularyHeading(type.vocabulary.title))})`,
    );
  if (type.defaultValue !== undefined) text += ` (if left out: \`${JSON.stringify(type.defaultValue)}\`)`;
  return text;
}

/**
 * The field reference for CONTRIBUTING.md: one table per part of an entry, with each field's
 * meaning taken from its doc comment and its type worked out from the zod schema itself,
 * then every vocabulary those fields use, with its values.
 */
export function renderFieldReference(schemas: readonly DocumentedSchema[]): string {
  const documented = new Set(schemas.map((entry) => entry.schema as unknown));
  const ordered = readingOrder(schemas, ["providerSchema", "courseSchema", "pathwaySchema"]);
  const vocabularies = new Map<string, NonNullable<FieldType["vocabulary"]>>();
  const sections = ordered.map((entry) => {
    const rows = Object.entries(entry.schema.shape).map(([key, field]) => {
      const type = describeFieldType(field, documented as Set<never>);
      if (type.vocabulary) vocabularies.set(type.vocabulary.glossaryKey, type.vocabulary);
      return `| \`${key}\` | ${type.required ? "Yes" : "No"} | ${cell(typeCell(type, schemas))} | ${cell(entry.docs.fields[key] ?? "")} |`;
    });
    return [
      `### ${entry.title} fields`,
      "",
      entry.docs.summary,
      "",
      "| Field | Required | What to write | Meaning |",
      "| --- | --- | --- | --- |",
      ...rows,
    ].join("\n");
  });
  const values = [...vocabularies.values()].map((vocabulary) =>
    [
      `#### ${vocabularyHeading(vocabulary.title)}`,
      "",
      `Used in \`${vocabulary.field}\`. \`npm run vocabulary ${vocabulary.glossaryKey}\` prints this list.`,
      "",
      ...vocabulary.terms.map((term) => `- \`${term.id}\`: ${term.label}. ${term.definition}`),
    ].join("\n"),
  );
  return [...sections, "### Allowed values", ...values].join("\n\n");
}
