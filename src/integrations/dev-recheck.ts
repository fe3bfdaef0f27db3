import { watch } from "node:fs";
import type { AstroIntegrationLogger } from "astro";
import type { ViteDevServer } from "vite";
import { formatText } from "../validator/core/report.ts";
import type { ValidationResult } from "../validator/core/validation-result.ts";
import { contentDir } from "./content-dir.ts";

/**
 * Keeps the dev server's catalogue current: pages read the checked catalogue,
 * not the files, so every edit under the content folder runs `check` again
 * (which lists problems and hands the result to the pages). Checks run one at
 * a time, and a check is repeated if files changed while it ran, so the pages
 * reload only once the latest files have been checked.
 */
export function recheckOnEdit(
  server: ViteDevServer,
  logger: AstroIntegrationLogger,
  check: () => Promise<ValidationResult>,
): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let changedMeanwhile = false;

  const recheck = async () => {
    if (running) {
      changedMeanwhile = true;
      return;
    }
    running = true;
    try {
      let checked: ValidationResult;
      do {
        changedMeanwhile = false;
        checked = await check();
      } while (changedMeanwhile);
      announce(server, checked);
    } catch (error) {
      // A file can vanish between listing and reading while an editor or git rewrites it; the next edit checks again.
      logger.error(`Could not check the content folder: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };

  // A short pause lets an editor finish saving several files.
  const watcher = watch(contentDir(), { recursive: true }, () => {
    clearTimeout(pending);
    pending = setTimeout(() => void recheck(), 100);
  });
  server.httpServer?.once("close", () => watcher.close());
}

/** Reloads the pages, or shows the problems over the page so a course that fails its check is not just missing. */
function announce(server: ViteDevServer, checked: ValidationResult): void {
  // Astro keeps each route's getStaticPaths() result until told that content changed (the event its own
  // content layer sends).
  for (const [name, environment] of Object.entries(server.environments)) {
    if (name !== "client") environment.hot.send("astro:content-changed", {});
  }
  const errors = checked.findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) {
    const message = `${errors.length} content error(s); entries with errors are left out of the pages until they are fixed.\n\n${formatText(errors, checked.fileCount)}`;
    server.ws.send({ type: "error", err: { message, stack: "" } });
  } else {
    server.ws.send({ type: "full-reload" });
  }
}
