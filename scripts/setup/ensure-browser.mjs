#!/usr/bin/env node
// The browser tests drive a system Chromium (Playwright cannot download browsers on our machines).
// On Debian or Ubuntu as root, installs the chromium package if it is missing; elsewhere it says what to do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "../../tests/e2e/chromium-path.mjs";

if (chromiumPath() !== undefined) process.exit(0);

const canApt = process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
if (!canApt) {
  console.error(
    "The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium), " +
      "or run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}
for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
  console.log(`> apt-get ${args.join(" ")}`);
  const result = spawnSync("apt-get", args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
