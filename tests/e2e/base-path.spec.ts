import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { serve } from "../../bench/serve.ts";

/**
 * A project site on GitHub Pages lives in a sub-folder (SITE_BASE, set by the deploy workflow). Search
 * results link to course pages by the URLs in the index, which already carry the sub-folder: nothing
 * may add it twice, whether the results come from a search by words or from listing and filtering.
 */
test("search results link to course pages when the site is served from a sub-folder", async ({ page }) => {
  test.setTimeout(180_000);
  const scratch = await mkdtemp(path.join(tmpdir(), "base-path-"));
  try {
    await promisify(execFile)(
      process.execPath,
      ["node_modules/astro/bin/astro.mjs", "build", "--outDir", path.join(scratch, "site", "course-finder")],
      {
        env: {
          ...process.env,
          SITE_BASE: "/course-finder/",
          ASTRO_TELEMETRY_DISABLED: "1",
          CATALOGUE_CACHE_DIR: path.join(scratch, "cache"),
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const server = await serve(path.join(scratch, "site"), 0);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const query of ["?q=dementia", "", "?theme=communication"]) {
        await page.goto(`${origin}/course-finder/search/${query}`);
        await expect(page.locator("#results")).toHaveAttribute("aria-busy", "false");
        const hrefsOf = (selector: string) =>
          page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
        const titles = await hrefsOf("#results .course-title a");
        expect(titles.length, query).toBeGreaterThan(0);
        for (const href of titles) expect(href, query).toMatch(/^\/course-finder\/courses\/[a-z0-9-]+\/$/);
        // Every other link too (a badge's glossary entry, say) stays inside the sub-folder.
        for (const href of await hrefsOf("#results a")) {
          expect(href, query).toMatch(/^\/course-finder\//);
          expect((await page.request.get(`${origin}${href.replace(/#.*/, "")}`)).status(), href).toBe(200);
        }
      }
    } finally {
      server.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
