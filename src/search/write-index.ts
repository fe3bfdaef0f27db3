import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { transform } from "esbuild";
import * as pagefind from "pagefind";
import type { SearchRecord } from "./record.ts";
import { writeDictionary } from "./write-dictionary.ts";
import { writePageLists } from "./write-page-lists.ts";

/**
 * Writes the Pagefind index for the given records into `outputPath`. Pagefind
 * reports problems as return values, not exceptions, so each is checked: a
 * record that fails to index must fail the build, never vanish from search.
 */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  outputPath: string,
  options: {
    maxFragments?: number;
    filterKeys: readonly string[];
    /** Filters whose values a search's words can name: each value gets a file of its own too. */
    valueFileKeys?: readonly string[];
  },
): Promise<number> {
  const { errors: createErrors, index } = await pagefind.createIndex({
    forceLanguage: "en",
    ...(options.maxFragments === undefined ? {} : { maxFragments: options.maxFragments }),
  });
  if (!index) throw new Error(`Could not start the search indexer: ${createErrors.join("; ")}`);
  try {
    // Sent all at once, in order: Pagefind numbers pages in the order it takes them, and the search page
    // takes the index's order to be soonest start first (writePageLists checks it). Waiting for each
    // reply in turn left the indexer idle for a third of the time; a few hundred at a time made indexing
    // 5 s slower at 10,000 courses for 25 MB less memory.
    const added = await Promise.all(
      records.map(({ url, content, language, meta }) =>
        // No filters or sorts: the search page filters, counts and sorts with the files written below.
        index.addCustomRecord({ url, content, language, meta: { ...meta } }),
      ),
    );
    added.forEach(({ errors }, position) => {
      if (errors.length > 0) throw new Error(`Could not index ${records[position]!.url}: ${errors.join("; ")}`);
    });
    const { errors } = await index.writeFiles({ outputPath });
    if (errors.length > 0) throw new Error(`Could not write the search index: ${errors.join("; ")}`);
    await writePageLists(records, options.filterKeys, outputPath, options.valueFileKeys);
    await writeDictionary(records, outputPath);
    await minifyPagefindScript(outputPath);
    return records.length;
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/**
 * Minifies Pagefind's script in the index folder: it ships spaced out and with long names (47 KB), and
 * every visitor who searches downloads it before their first results; minified it is 32 KB.
 */
async function minifyPagefindScript(outputPath: string): Promise<void> {
  const file = path.join(outputPath, "pagefind.js");
  const { code } = await transform(await readFile(file, "utf8"), { loader: "js", format: "esm", minify: true });
  await writeFile(file, code);
}
