import { entryMarkdown } from "../../catalogue/entry-file.ts";
import type { ImportProvenance } from "../../domain/schema/index.ts";
import { parseFrontMatter } from "../../validator/core/front-matter.ts";

/** The key the Markdown body goes under when fields are compared and fingerprinted. */
export const BODY_KEY = "(description)";

/** The note at the top of every imported file, for the person who opens it. */
const HEADERS: Record<ImportProvenance["format"], string> = {
  "XCRI-CAP 1.2": [
    "# Imported from an XCRI-CAP feed by `npm run import:xcri`. Values starting with TODO: need your",
    "# answer; `npm run validate` lists them. Edit freely: a re-import keeps your edits and reports any",
    "# field the feed changed too. Leave xcriImport: as it is; it records what the import wrote.",
  ].join("\n"),
  CSV: [
    "# Imported from a spreadsheet by `npm run import:csv`. Edit freely: a re-import keeps your edits and",
    "# reports any field the sheet changed too. Leave xcriImport: as it is; it records what the import wrote.",
  ].join("\n"),
};

/** An entry as file text, with the note above its fields. */
export const entryText = (
  fields: Record<string, unknown>,
  body: string,
  format: ImportProvenance["format"] = "XCRI-CAP 1.2",
): string => entryMarkdown(fields, body, HEADERS[format]);

/** An entry read back from its file: fields with the body under BODY_KEY. */
export type ReadEntry = { ok: true; fields: Record<string, unknown> } | { ok: false; reason: string };

/** Reads an existing entry the way the validator does (YAML only, never run). */
export function readEntryText(text: string): ReadEntry {
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) return { ok: false, reason: `its front matter cannot be read (${parsed.failure.message})` };
  return { ok: true, fields: { ...parsed.file.data, [BODY_KEY]: parsed.file.body } };
}
