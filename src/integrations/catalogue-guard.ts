import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { findMissingPages } from "../build-checks/pages.ts";
import { builtImmutableFolders } from "../site/caching.ts";
import { HOST_FILES, headersFile, nginxInclude } from "../site/security-headers.ts";
import { formatText } from "../validator/core/report.ts";
import { validateCatalogue, type CatalogueValidation } from "../validator/node/validate-catalogue.ts";
import { catalogueAsOf } from "../catalogue/as-of.ts";
import { assembleCatalogue, type Catalogue } from "../catalogue/catalogue.ts";
import { handOverCatalogue } from "../catalogue/hand-off.ts";
import { contentDir } from "./content-dir.ts";
import { recheckOnEdit } from "./dev-recheck.ts";
import { placeIndex, writeCatalogueIndex } from "./search-index.ts";
import { linkSearchPage } from "./search-page.ts";

/** Seconds since `started` (a performance.now() time), to one decimal place. */
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/**
 * Makes the build as strict as `npm run validate`: before building it checks
 * every entry (Astro alone reports only the first bad entry and merely logs
 * broken references), and after building it writes the search index and
 * proves no entry was dropped from the pages or the index.
 */
export function catalogueGuard(): AstroIntegration {
  let validation: CatalogueValidation | undefined;
  /** The catalogue the last check handed to the pages, which the search index is written from too. */
  let checkedCatalogue: Catalogue | undefined;
  /** The date the last check judged the catalogue by, which the search index is written as of too. */
  let asOf = "";
  let base = "/";
  let cacheDir = "";
  /** Where each file's own findings are kept between builds (in Astro's cache folder, so a cold build stays cold). */
  let validationCacheDir: string | undefined;
  let stagingDir = "";
  /** The search index written as the build started, which build:done moves into place. */
  let searchIndex: { indexed: number; reusedShards: number; firstUrls: string[]; seconds: string } | undefined;
  /** Checks the content folder, lists any problems, and hands the result to the pages as the catalogue. */
  const check = async (logger: AstroIntegrationLogger) => {
    asOf = catalogueAsOf();
    const generatedAt = new Date().toISOString();
    const checked = await validateCatalogue({
      contentDir: contentDir(),
      projectRoot: process.cwd(),
      asOf,
      cacheDir: validationCacheDir,
    });
    if (checked.findings.length > 0) logger.warn(`\n${formatText(checked.findings, checked.fileCount)}`);
    validation = checked;
    checkedCatalogue = assembleCatalogue(checked, { asOf, generatedAt });
    handOverCatalogue(checkedCatalogue);
    return checked;
  };
  return {
    name: "catalogue-guard",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:start": async () => {
        if (!checkedCatalogue) return;
        // A folder of its own, so two builds in one checkout cannot delete or take each other's index.
        await mkdir(cacheDir, { recursive: true });
        stagingDir = await mkdtemp(path.join(cacheDir, "search-index-"));
        // Written before the pages, not beside them: the indexer and the rendering each take about 1 GB at
        // 10,000 courses, and side by side their peaks met (2.1 to 2.2 GB for the whole build). Alone, the
        // indexer has both cores, so the build takes only a little longer; build:done moves it into place.
        const started = performance.now();
        const written = await writeCatalogueIndex(checkedCatalogue, stagingDir, {
          asOf,
          base,
          reuseDir: path.join(cacheDir, "search-shards"),
        });
        searchIndex = { ...written, seconds: seconds(started) };
      },
      "astro:config:setup": async ({ command, logger, config }) => {
        if (command !== "build" && command !== "dev") return;
        validationCacheDir = path.join(fileURLToPath(config.cacheDir), "validate");
        const started = performance.now();
        const checked = await check(logger);
        const reused = checked.cache
          ? ` (${checked.cache.reused} of them unchanged: their own checks came from the cache)`
          : "";
        logger.info(`Validated ${checked.fileCount} files in ${seconds(started)} s${reused}.`);
        const errors = checked.findings.filter((finding) => finding.severity === "error");
        if (errors.length > 0 && command === "build") {
          throw new Error(
            `The catalogue has ${errors.length} content error(s), listed above. Fix them, then build again (npm run validate lists them too).`,
          );
        }
      },
      "astro:server:setup": ({ server, logger }) => {
        recheckOnEdit(server, logger, () => check(logger));
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!validation) return;
        const missing = findMissingPages(fileURLToPath(dir), validation);
        if (missing.length > 0) {
          throw new Error(`The build dropped ${missing.length} entries: ${missing.map(({ file }) => file).join(", ")}`);
        }
        if (!searchIndex) throw new Error("The search index was never written");
        const { indexed, reusedShards, firstUrls, seconds: took } = searchIndex;
        const placed = await placeIndex(stagingDir, fileURLToPath(dir));
        // The folders of the index's later shards, which `_headers` names one by one.
        const immutable = await builtImmutableFolders(async (parent) =>
          (await readdir(path.join(fileURLToPath(dir), parent), { withFileTypes: true }).catch(() => []))
            .filter((entry) => entry.isDirectory())
            .map((entry) => entry.name),
        );
        await writeFile(path.join(fileURLToPath(dir), HOST_FILES.headers), headersFile(base, immutable));
        await writeFile(path.join(fileURLToPath(dir), HOST_FILES.nginx), nginxInclude(base));
        await linkSearchPage(fileURLToPath(dir), base, { firstUrls });
        const active = validation.courses.filter(({ data }) => data.status === "active").length;
        if (indexed !== active || placed !== active) {
          throw new Error(`The search index holds ${placed} courses (${indexed} sent to it) but ${active} are active`);
        }
        const copied = reusedShards > 0 ? ` (${reusedShards} unchanged part(s) copied from the last build)` : "";
        logger.info(`Search index: ${indexed} active courses, written in ${took} s, before the pages${copied}.`);
        logger.info(
          `Every entry has a page: ${validation.courses.length} courses${validation.pathways.length > 0 ? ", " : " and "}${validation.providers.length} providers${validation.pathways.length > 0 ? ` and ${validation.pathways.length} pathways` : ""} (${validation.fileCount} files).`,
        );
      },
    },
  };
}
