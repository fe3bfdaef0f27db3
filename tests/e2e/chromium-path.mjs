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

/** Flags that let Chromium run as root in a container with no outside network; the tests and the benchmark share them. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
