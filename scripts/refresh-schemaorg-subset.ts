#!/usr/bin/env node
/**
 * node scripts/refresh-schemaorg-subset.ts <schemaorg-all-https.jsonld> <release>
 * Writes tests/interop/reference/schemaorg/schemaorg-<release>-structure.json: every schema.org type
 * with its direct supertypes, and every property with the types it may be used on (domainIncludes),
 * the types of its values (rangeIncludes) and what supersedes it. That is all the structured-data
 * check (tests/interop/schemaorg.ts) reads; labels and comments are left out to keep the copy small.
 * tests/interop/reference/schemaorg/README.md says where the release file comes from.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [source, release] = process.argv.slice(2);
if (!source || !release) {
  console.error("Usage: node scripts/refresh-schemaorg-subset.ts <schemaorg-all-https.jsonld> <release, such as 30.0>");
  process.exit(2);
}

type Ref = { "@id": string };
type GraphNode = Record<string, unknown> & { "@id": string; "@type": string | string[] };
const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((ref) =>
    (ref as Ref)["@id"].replace(/^schema:/, ""),
  );
const typesOf = (node: GraphNode) => (Array.isArray(node["@type"]) ? node["@type"] : [node["@type"]]);

const graph = (JSON.parse(readFileSync(source, "utf8")) as { "@graph": GraphNode[] })["@graph"];
const types: Record<string, string[]> = {};
const properties: Record<string, { domains: string[]; ranges: string[]; supersededBy?: string[] }> = {};
for (const node of graph) {
  const id = node["@id"];
  if (!id.startsWith("schema:")) continue;
  const name = id.slice("schema:".length);
  if (typesOf(node).includes("rdfs:Class")) types[name] = ids(node["rdfs:subClassOf"]).sort();
  if (typesOf(node).includes("rdf:Property")) {
    const supersededBy = ids(node["schema:supersededBy"]);
    properties[name] = {
      domains: ids(node["schema:domainIncludes"]).sort(),
      ranges: ids(node["schema:rangeIncludes"]).sort(),
      ...(supersededBy.length > 0 ? { supersededBy } : {}),
    };
  }
}
const sorted = <T>(record: Record<string, T>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  `../tests/interop/reference/schemaorg/schemaorg-${release}-structure.json`,
);
writeFileSync(out, `${JSON.stringify({ release, types: sorted(types), properties: sorted(properties) }, null, 1)}\n`);
console.log(`Wrote ${Object.keys(types).length} types and ${Object.keys(properties).length} properties to ${out}`);
