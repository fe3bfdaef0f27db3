import { existsSync } from "node:fs";

/**
 * Where the system Chromium is: CHROMIUM_PATH if set, else Debian's package.
 * Undefined means "use Playwright's own browser" (after `npx playwright install chromium`).
 * @returns {string | undefined}
 */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
}
