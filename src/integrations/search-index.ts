import { readFile } from "node:fs/promises";
import path from "node:path";
import { searchFacets } from "../domain/search-facets.ts";
import { searchRecord, type SearchRecord } from "../search/record.ts";
import { writeSearchIndex } from "../search/write-index.ts";
import { parseFrontMatter } from "../validator/front-matter.ts";
import type { ValidationResult } from "../validator/validate-catalogue.ts";

/**
 * The search records for every active course in a validated catalogue: built
 * from the catalogue's data rather than by scraping pages, with filters and
 * sort keys from the same vocabularies as the pages.
 */
async function searchRecords(
  validation: ValidationResult,
  options: { asOf: string; base: string; projectRoot: string },
): Promise<SearchRecord[]> {
  const providers = new Map(validation.providers.map(({ data }) => [data.id, data]));
  const facets = searchFacets(
    validation.providers.map(({ data }) => ({ id: data.id, label: data.name, definition: data.description })),
  );
  const records: SearchRecord[] = [];
  for (const { file, data } of validation.courses) {
    if (data.status !== "active") continue;
    const parsed = parseFrontMatter(await readFile(path.resolve(options.projectRoot, file), "utf8"));
    const provider = providers.get(data.provider);
    // The guard has already validated every file, so these only fail if a file changed during the build.
    if (!parsed.ok || !provider) throw new Error(`${file} changed during the build; build again`);
    records.push(
      searchRecord({ course: data, provider }, parsed.file.body, {
        ...options,
        facets,
        url: `${options.base}courses/${data.id}/`,
      }),
    );
  }
  return records;
}

/** Writes the Pagefind index for the catalogue into `dist/pagefind/`; returns how many courses it holds. */
export async function writeCatalogueIndex(
  validation: ValidationResult,
  distDir: string,
  options: { asOf: string; base: string; projectRoot: string },
): Promise<number> {
  return writeSearchIndex(await searchRecords(validation, options), path.join(distDir, "pagefind"));
}
