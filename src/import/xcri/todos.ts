import { importTodo } from "../../domain/import-todo.ts";
import { glossaryFacets, type GlossaryFacet } from "../../domain/facets.ts";

/** Named in every TODO, so a reviewer knows where the gap came from. */
export const IMPORT_SOURCE = "XCRI-CAP";

/**
 * The vocabulary behind a field, found through the facet registry (whose
 * `field` says where each is used) so no id list is copied here.
 */
function vocabularyFor(field: string): GlossaryFacet {
  const vocabulary = glossaryFacets.find((candidate) =>
    candidate.field.split(", ").some((used) => used === field || used.startsWith(`${field} `)),
  );
  if (!vocabulary) throw new Error(`No vocabulary is used in ${field}`);
  return vocabulary;
}

/** A TODO asking for values from a vocabulary, naming the command that lists them. */
export function chooseTodo(field: string, { many, hint }: { many: boolean; hint?: string | undefined }): string {
  const vocabulary = vocabularyFor(field);
  const example = vocabulary.terms[0]?.id ?? "";
  const what = many
    ? `choose one or more values and write them as a list, like [${example}]`
    : `choose one value, like ${example}`;
  const extra = hint ? ` (${hint})` : "";
  return importTodo(
    IMPORT_SOURCE,
    `${what}${extra} — \`npm run vocabulary ${vocabulary.glossaryKey}\` lists the values`,
  );
}

/** A TODO asking for something XCRI-CAP does not carry, in the provider's words. */
export function writeTodo(instruction: string): string {
  return importTodo(IMPORT_SOURCE, instruction);
}
