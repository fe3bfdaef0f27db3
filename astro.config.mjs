// @ts-check
import { defineConfig } from "astro/config";
import { catalogueGuard } from "./src/integrations/catalogue-guard.ts";

export default defineConfig({
  // Every page is plain HTML; trailing slashes keep URLs identical on every static host.
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [catalogueGuard()],
});
