#!/usr/bin/env node
/**
 * npm run docs
 * Regenerates everything written from the schema's doc comments: the module the site and the
 * "List your course" form read, and the field reference in CONTRIBUTING.md. Run it after
 * changing a schema; a unit test fails until you do.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderFieldReference } from "../src/docs/field-reference.ts";
import {
  CONTRIBUTING_FILE,
  GENERATED_DOCS_FILE,
  collectDocComments,
  contributingWith,
  docsModule,
} from "../src/docs/generated-files.ts";
import { documentedSchemasFrom } from "../src/docs/schema-docs.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
writeFileSync(path.join(root, GENERATED_DOCS_FILE), await docsModule(root));
const reference = renderFieldReference(documentedSchemasFrom(collectDocComments(root)));
writeFileSync(path.join(root, CONTRIBUTING_FILE), await contributingWith(root, reference));
console.log(`Wrote ${GENERATED_DOCS_FILE} and the field reference in ${CONTRIBUTING_FILE}`);
