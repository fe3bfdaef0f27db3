#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh machine: installs dependencies
// when they are missing or out of date, and checks the pinned Node runtime.
// Plain JavaScript with no dependencies, because it runs before anything is installed
// and on whatever Node the machine has (Node 20 on our machines).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const installedMarker = path.join(root, "node_modules", ".package-lock.json");
const lockfile = path.join(root, "package-lock.json");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command, args) {
  console.log(`> ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error(`"${command} ${args.join(" ")}" failed. Fix the problem above and run the command again.`);
    process.exit(result.status ?? 1);
  }
}

const stale = !existsSync(installedMarker) || statSync(lockfile).mtimeMs > statSync(installedMarker).mtimeMs;
if (stale) run(npm, ["ci", "--no-audit", "--no-fund"]);

// The `node` dev dependency puts Node 24 in node_modules/.bin; Astro 7 needs Node 22.12 or later.
// If its install script was skipped (npm ci --ignore-scripts), scripts would silently use the system Node.
const pinned = spawnSync("npx", ["--no-install", "node", "--version"], {
  cwd: root,
  encoding: "utf8",
  shell: process.platform === "win32",
});
const [major, minor] = (pinned.stdout ?? "").trim().replace(/^v/, "").split(".").map(Number);
if (!(major > 22 || (major === 22 && minor >= 12))) {
  run(npm, ["rebuild", "node"]);
}
