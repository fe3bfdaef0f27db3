import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { astroImports } from "../../scripts/check-layers.ts";

const run = promisify(execFile);
const script = path.resolve("scripts/check-layers.ts");

describe("the layering rules", () => {
  it("read an .astro file's imports from its front matter and scripts", () => {
    const source = [
      "---",
      'import Base from "../layouts/Base.astro";',
      "import {",
      "  a,",
      "  type B,",
      '} from "../domain/facets.ts";',
      'import type { C } from "../catalogue/catalogue.ts";',
      "---",
      '<p>import nothing from "here"</p>',
      '<script src="../search/client/main.ts"></script>',
      '<script>import "../site/client/x.ts";</script>',
    ].join("\n");
    expect(astroImports(source)).toEqual([
      "../layouts/Base.astro",
      "../domain/facets.ts",
      "../catalogue/catalogue.ts",
      "../site/client/x.ts",
      "../search/client/main.ts",
    ]);
  });

  it("fail on each broken rule with its name and the reason for it, .astro files included", async () => {
    const failure = await run(process.execPath, [script, "--root", "tests/fixtures/layers"]).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const report = `${failure?.stdout}${failure?.stderr}`;
    for (const rule of [
      "domain-stays-at-the-bottom: src/domain/vocabulary.ts → src/site/paths.ts",
      "pages-read-the-catalogue-not-the-integration: src/pages/index.astro → src/integrations/guard.ts",
      "browser-code-is-browser-safe: src/search/client/main.ts → fs",
      "validator-core-has-no-node: src/validator/core/check.ts → fs",
      "place-data-stays-out-of-the-browser: src/validator/core/venue.ts → src/domain/places/place-data.ts",
      "lower-layer-imports-only-domain: src/catalogue/entry.ts → src/markdown/tree.ts",
      "middle-layer-siblings-stay-apart: src/exports/feed.ts → src/search/record.ts",
      "middle-layer-stays-below-the-site: src/search/record.ts → scripts/tool.ts",
      "nothing-imports-entry-points: src/search/record.ts → scripts/tool.ts",
      "no-circular-imports: src/domain/cycle-a.ts",
      "imports-resolve: src/domain/lost.ts → ./nowhere.ts",
    ])
      expect(report).toContain(rule);
    expect(report).toMatch(/it\s+must\s+not\s+depend\s+on\s+how\s+they\s+are\s+shown/);
    expect(report).toContain("11 dependency violations");
  }, 60_000);

  it("hold for the project itself", async () => {
    const { stdout } = await run(process.execPath, [script]);
    expect(stdout).toContain("no dependency violations found");
  }, 60_000);
});
