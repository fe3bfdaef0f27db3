import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderFieldReference, sectionAnchor } from "../../src/docs/field-reference.ts";
import { describedJsonSchema } from "../../src/docs/json-schema.ts";
import {
  CONTRIBUTING_FILE,
  GENERATED_DOCS_FILE,
  collectDocComments,
  contributingWith,
  docsModule,
} from "../../src/docs/generated-files.ts";
import { documentedSchemas, documentedSchemasFrom } from "../../src/docs/schema-docs.ts";
import { coursesExportSchema, pathwaysExportSchema, providersExportSchema } from "../../src/exports/catalogue-json.ts";

const root = path.resolve(import.meta.dirname, "../..");
const onDisk = (file: string) => readFileSync(path.join(root, file), "utf8");

describe("documentation generated from the schema's doc comments", () => {
  it("is up to date in the module the site and form read (run `npm run docs` if this fails)", async () => {
    expect(onDisk(GENERATED_DOCS_FILE)).toBe(await docsModule(root));
  });

  it("is up to date in CONTRIBUTING.md's field reference (run `npm run docs` if this fails)", async () => {
    const reference = renderFieldReference(documentedSchemasFrom(collectDocComments(root)));
    expect(onDisk(CONTRIBUTING_FILE)).toBe(await contributingWith(root, reference));
  });

  it("has a doc comment on every field of every part of an entry", () => {
    const names = documentedSchemas.map((documented) => documented.name);
    expect(names).toEqual(expect.arrayContaining(["courseSchema", "providerSchema", "presentationSchema"]));
    for (const documented of documentedSchemas) {
      expect(documented.docs.summary, documented.name).not.toBe("");
      for (const key of Object.keys(documented.schema.shape)) {
        expect(documented.docs.fields[key], `${documented.name}.${key}`).toMatch(/\w/);
      }
    }
  });

  it("tells a contributor what to write, whether it is required, and where its values are listed", () => {
    const reference = renderFieldReference(documentedSchemas);
    expect(reference).toMatch(
      /\| `themes` +\| Yes +\| List of: \[Themes\]\(#values-themes\) +\| How staff learn together on it/,
    );
    expect(reference).toMatch(/\| `url` +\| No +\| Web address starting https:\/\//);
    expect(reference).toMatch(/\| `places` +\| No +\| Whole number/);
    expect(reference).toMatch(/\| `title` +\| Yes +\| Text, up to 150 characters/);
    expect(reference).toMatch(
      /\| `presentations` +\| No +\| List of groups: see \[Presentation\]\(#presentation-fields\)/,
    );
    const defined = new Set([
      ...documentedSchemas.map(sectionAnchor),
      ...[...reference.matchAll(/^#### Values: (.+)$/gm)].map(
        (match) => `values-${match[1]!.toLowerCase().replace(/ /g, "-")}`,
      ),
    ]);
    for (const [, anchor] of reference.matchAll(/\]\(#([a-z-]+)\)/g)) expect(defined, anchor).toContain(anchor);
    expect(reference).toContain("- `inter-professional`: ");
  });

  it("describes every property of the published course, provider and pathway exports", () => {
    for (const schema of [coursesExportSchema, providersExportSchema, pathwaysExportSchema]) {
      const json = describedJsonSchema(schema) as { properties: Record<string, { items: { properties: object } }> };
      const items = Object.values(json.properties).find((property) => property.items)!.items.properties;
      for (const [key, property] of Object.entries(items)) {
        expect((property as { description?: string }).description, key).toMatch(/\w/);
      }
    }
  });
});
