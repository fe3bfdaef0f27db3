import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { dictionaryFile, dictionaryOf, type DictionaryFile } from "./dictionary.ts";
import type { SearchRecord } from "./record.ts";

/**
 * Writes the dictionary of the records' searchable words into the index folder Pagefind
 * has written (the index named `index`), one file per first letter; returns how many words it holds.
 */
export async function writeDictionary(
  records: readonly SearchRecord[],
  indexDir: string,
  index: string,
): Promise<number> {
  const words = dictionaryOf(records.map((record) => record.content));
  const byFile = new Map<string, string[]>();
  for (const word of words) {
    const file = dictionaryFile(word);
    byFile.set(file, [...(byFile.get(file) ?? []), word]);
  }
  await mkdir(path.join(indexDir, "dictionary"), { recursive: true });
  for (const [file, fileWords] of byFile) {
    const content: DictionaryFile = { index, words: fileWords };
    await writeFile(path.join(indexDir, file), gzipSync(JSON.stringify(content)));
  }
  return words.length;
}
