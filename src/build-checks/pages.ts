import { existsSync } from "node:fs";
import path from "node:path";

/** An entry whose page is missing from the built site. */
export interface MissingPage {
  readonly file: string;
  readonly page: string;
}

/**
 * Lists entries without a page in the built site, so a build can never
 * silently drop a course, a provider or a pathway.
 */
export function findMissingPages(
  distDir: string,
  entries: {
    readonly courses: readonly { file: string; data: { id: string } }[];
    readonly providers: readonly { file: string; data: { id: string } }[];
    readonly pathways?: readonly { file: string; data: { id: string } }[];
  },
): MissingPage[] {
  const expected = [
    ...entries.courses.map(({ file, data }) => ({ file, page: `courses/${data.id}/index.html` })),
    ...entries.providers.map(({ file, data }) => ({ file, page: `providers/${data.id}/index.html` })),
    ...(entries.pathways ?? []).map(({ file, data }) => ({ file, page: `pathways/${data.id}/index.html` })),
  ];
  return expected.filter(({ page }) => !existsSync(path.join(distDir, page)));
}
