// @ts-check
import { defineConfig } from "astro/config";
import { catalogueGuard } from "./src/integrations/catalogue-guard.ts";

export default defineConfig({
  // Every page is plain HTML; trailing slashes keep URLs identical on every static host.
  trailingSlash: "always",
  build: { format: "directory" },
  // Fixture builds in tests use their own cache so they never mix entries with the real catalogue.
  cacheDir: process.env.CATALOGUE_CACHE_DIR ?? "./node_modules/.astro",
  integrations: [catalogueGuard()],
});
