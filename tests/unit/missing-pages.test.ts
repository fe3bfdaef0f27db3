import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findMissingPages } from "../../src/build-checks/pages.ts";

describe("nothing dropped by the build", () => {
  it("lists every course, provider and pathway whose page is missing", async () => {
    const dist = await mkdtemp(path.join(tmpdir(), "pages-"));
    await mkdir(path.join(dist, "courses/kept"), { recursive: true });
    await writeFile(path.join(dist, "courses/kept/index.html"), "<h1>Kept</h1>");
    const entries = {
      courses: [
        { file: "content/courses/p/kept.md", data: { id: "kept" } },
        { file: "content/courses/p/dropped.md", data: { id: "dropped" } },
      ],
      providers: [{ file: "content/providers/p.md", data: { id: "p" } }],
      pathways: [{ file: "content/pathways/award.md", data: { id: "award" } }],
    };
    expect(findMissingPages(dist, entries)).toEqual([
      { file: "content/courses/p/dropped.md", page: "courses/dropped/index.html" },
      { file: "content/providers/p.md", page: "providers/p/index.html" },
      { file: "content/pathways/award.md", page: "pathways/award/index.html" },
    ]);
  });
});
