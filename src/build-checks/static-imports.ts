import { readFile } from "node:fs/promises";
import path from "node:path";
import { init, parse } from "es-module-lexer";

/**
 * The site paths of the modules that the scripts at `entries` (site paths under `base`, such as
 * "/_astro/search.js") import statically, however deep, each once; not those imported on demand,
 * nor the entries themselves unless another imports them. Read from the built files with a real
 * module lexer, as the browser reads them.
 */
export async function staticImports(distDir: string, base: string, entries: readonly string[]): Promise<string[]> {
  await init;
  const found = new Set<string>();
  const visit = async (url: string) => {
    const code = await readFile(path.join(distDir, url.slice(base.length)), "utf8");
    // A static import has no dynamic-import position (d === -1).
    for (const { n: specifier, d } of parse(code)[0]) {
      if (d !== -1 || !specifier?.startsWith(".")) continue;
      const imported = path.posix.join(path.posix.dirname(url), specifier);
      if (found.has(imported)) continue;
      found.add(imported);
      await visit(imported);
    }
  };
  for (const entry of entries) await visit(entry);
  return [...found];
}

/** The site paths of the module scripts an HTML page loads (`<script type="module" src>`). */
export const moduleScriptsOf = (html: string) =>
  [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
