// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { catalogueGuard } from "./src/integrations/catalogue-guard.ts";

export default defineConfig({
  // Canonical URLs and the sitemap need the public address; SITE_BASE serves the site from a sub-folder.
  site: process.env.SITE_URL ?? "https://courses.example.org",
  base: process.env.SITE_BASE ?? "/",
  // Every page is plain HTML; trailing slashes keep URLs identical on every static host.
  trailingSlash: "always",
  // Astro's compression drops the space between a line of text and a link that Prettier wrapped onto the next line.
  compressHTML: false,
  // Scripts and styles stay in files: the content security policy allows nothing inline.
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  // BUILD_REUSE=1 keeps a copy of each course page in the cache folder, and copies those whose cache key
  // (src/site/course-page.ts) and code are unchanged since then rather than render them again. Off by default:
  // keeping the copies makes a cold build slower (see README's Performance section).
  experimental: { incrementalBuild: process.env.BUILD_REUSE === "1" },
  vite: { build: { assetsInlineLimit: 0 } },
  // Fixture builds in tests use their own cache so they never mix entries with the real catalogue.
  cacheDir: process.env.CATALOGUE_CACHE_DIR ?? "./node_modules/.astro",
  integrations: [catalogueGuard(), sitemap({ filter: (page) => !page.endsWith("/404/") })],
});
