#!/usr/bin/env node
/**
 * npm run check:layers
 * Checks the import rules in .dependency-cruiser.cjs over src/, scripts/ and bench/,
 * .astro files included. dependency-cruiser cannot read .astro files (its issue #1007),
 * so this copies the code into a scratch folder where each .astro file becomes a .ts
 * file holding the imports of its front matter and scripts, runs dependency-cruiser
 * there, and reports every broken rule with the real file names.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The tree to check: the project, or (for the tests of the rules) the folder given with --root. */
const rootFlag = process.argv.indexOf("--root");
const root = rootFlag > 0 ? path.resolve(process.argv[rootFlag + 1]!) : projectRoot;
const scratch = path.join(projectRoot, "node_modules", ".cache", `check-layers-${process.pid}`);
const folders = ["src", "scripts", "bench"];

/** The module specifiers an .astro file imports, in its front matter and its scripts. */
export function astroImports(source: string): string[] {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
  const scripts = [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const code = [frontMatter, ...scripts.map((script) => script[2] ?? "")].join("\n");
  const imported = [...code.matchAll(/\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?["']([^"']+)["']/g)].map(
    (match) => match[1]!,
  );
  const scriptSources = scripts.flatMap((script) => {
    const src = /\bsrc=["']([^"']+)["']/.exec(script[1] ?? "")?.[1];
    return src ? [src] : [];
  });
  return [...imported, ...scriptSources];
}

/** Imports of .astro files point at their stand-ins. */
const toStandIn = (specifier: string) => specifier.replace(/\.astro$/, ".astro.ts");

async function standIns(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.name.endsWith(".astro")) {
      const imports = astroImports(await readFile(file, "utf8"));
      await writeFile(`${file}.ts`, imports.map((specifier) => `import "${toStandIn(specifier)}";\n`).join(""));
      await rm(file);
    } else if (/\.(ts|mjs)$/.test(entry.name)) {
      const text = await readFile(file, "utf8");
      const rewritten = text.replace(/(["'][^"'\n]+)\.astro(["'])/g, "$1.astro.ts$2");
      if (rewritten !== text) await writeFile(file, rewritten);
    }
  }
}

async function main(): Promise<void> {
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  // Tests are copied so that imports of test helpers (bench uses tests/e2e's browser finder) resolve;
  // they are not checked against the layers.
  if (existsSync(path.join(root, "tests")))
    await cp(path.join(root, "tests"), path.join(scratch, "tests"), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}fixtures${path.sep}layers`),
    });
  const present = [];
  for (const folder of folders) {
    if (!existsSync(path.join(root, folder))) continue;
    await cp(path.join(root, folder), path.join(scratch, folder), { recursive: true });
    await standIns(path.join(scratch, folder));
    present.push(folder);
  }
  const cruiser = path.join(projectRoot, "node_modules", ".bin", "depcruise");
  const config = path.join(projectRoot, ".dependency-cruiser.cjs");
  const args = [...present, "--config", config, "--output-type", "err-long"];
  try {
    const { stdout } = await promisify(execFile)(cruiser, args, { cwd: scratch, maxBuffer: 16 * 1024 * 1024 });
    console.log(stdout.replace(/\.astro\.ts\b/g, ".astro").trim() || "Layers: no import breaks a rule.");
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    console.error(`${stdout}${stderr}`.replace(/\.astro\.ts\b/g, ".astro").trim());
    console.error(
      "\nAn import breaks the layering rules above (see .dependency-cruiser.cjs and docs/architecture.md).",
    );
    process.exitCode = 1;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
