#!/usr/bin/env node
/**
 * npm run vocabulary [-- <name>]
 * Lists the allowed values of every controlled vocabulary (or one), with labels
 * and definitions, so contributors can pick the right id without reading code.
 */
import { glossaryFacets } from "../src/domain/facets.ts";

const wanted = process.argv[2];
const chosen = wanted ? glossaryFacets.filter((vocabulary) => vocabulary.glossaryKey === wanted) : glossaryFacets;
if (chosen.length === 0) {
  console.error(
    `No vocabulary called "${wanted}". Choose one of: ${glossaryFacets.map((v) => v.glossaryKey).join(", ")}`,
  );
  process.exit(2);
}
for (const vocabulary of chosen) {
  console.log(`\n${vocabulary.title} (${vocabulary.glossaryKey}) — used in: ${vocabulary.field}`);
  for (const term of vocabulary.terms) {
    const aliases = term.aliases?.length ? ` Search also finds it by: ${term.aliases.join(", ")}.` : "";
    console.log(`  ${term.id.padEnd(34)} ${term.label}: ${term.definition}${aliases}`);
  }
}
