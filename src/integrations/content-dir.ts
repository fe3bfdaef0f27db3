import path from "node:path";

/**
 * The content folder the site is built from: `content/` by default, or
 * CATALOGUE_CONTENT_DIR, which tests use to build small fixture catalogues.
 */
export function contentDir(): string {
  return path.resolve(process.env.CATALOGUE_CONTENT_DIR ?? "content");
}
