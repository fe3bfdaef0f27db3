import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatJson, formatText } from "../../src/validator/core/report.ts";
import { validateCatalogue, type CatalogueValidation } from "../../src/validator/node/validate-catalogue.ts";
import { codeKey, isPlainJson, VALIDATOR_CODE_FOLDERS } from "../../src/validator/node/validation-cache.ts";
import {
  FIXTURE_AS_OF,
  inHouseProvider,
  toMarkdown,
  validCourse,
  validProvider,
  writeCatalogue,
} from "../helpers/catalogue.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * A catalogue with something of every kind: valid entries, files the schema refuses or cannot
 * read (from the broken fixture), a warning, an id that does not match its file, a byte order
 * mark, problems only the rest of the catalogue shows (a missing provider, a reused id, a lapsed
 * review), and files in the wrong place.
 */
async function mixedCatalogue() {
  const { projectRoot: root, contentDir } = await writeCatalogue({
    "providers/fixture-university.md": toMarkdown(validProvider()),
    "providers/fixture-trust.md": toMarkdown(inHouseProvider()),
    "courses/fixture-university/fixture-course.md": toMarkdown(validCourse()),
    "courses/fixture-university/second-course.md": `\uFEFF${toMarkdown(validCourse({ id: "second-course" }))}`,
    "courses/fixture-university/misnamed.md": toMarkdown(validCourse({ id: "not-the-file-name" })),
    "courses/fixture-university/orphan.md": toMarkdown(validCourse({ id: "orphan", provider: "no-such-provider" })),
    "courses/fixture-university/lapsed.md": toMarkdown(validCourse({ id: "lapsed", reviewDue: "2026-01-01" })),
    "courses/fixture-trust/fixture-course.md": toMarkdown(
      validCourse({ provider: "fixture-trust", creditStatus: "none", credits: [] }),
    ),
    "courses/stray.md": toMarkdown(validCourse({ id: "stray" })),
    "providers/.DS_Store": "junk",
  });
  await cp(path.join(projectRoot, "tests/fixtures/broken-catalogue/courses"), path.join(contentDir, "courses"), {
    recursive: true,
  });
  await cp(
    path.join(projectRoot, "tests/fixtures/broken-catalogue/providers/north-lakes-university.md"),
    path.join(contentDir, "providers/north-lakes-university.md"),
  );
  const cacheDir = await mkdtemp(path.join(tmpdir(), "validate-cache-"));
  return { root, contentDir, cacheDir };
}

type Catalogue = Awaited<ReturnType<typeof mixedCatalogue>>;

const check = (catalogue: Catalogue, options: { cache?: boolean; key?: string } = {}) =>
  validateCatalogue({
    projectRoot: catalogue.root,
    contentDir: catalogue.contentDir,
    asOf: FIXTURE_AS_OF,
    cacheDir: options.cache === false ? undefined : catalogue.cacheDir,
    cacheKey: options.key ?? "test-code",
  });

/** Asserts a cached run gave exactly what a run without the cache gives, to the byte. */
async function expectSameAsFresh(catalogue: Catalogue, cached: CatalogueValidation) {
  const fresh = await check(catalogue, { cache: false });
  expect(fresh.cache).toBeUndefined();
  expect(formatJson(cached.findings, cached.fileCount)).toBe(formatJson(fresh.findings, fresh.fileCount));
  expect(formatText(cached.findings, cached.fileCount)).toBe(formatText(fresh.findings, fresh.fileCount));
  expect(cached.findings).toStrictEqual(fresh.findings);
  expect(cached.providers).toStrictEqual(fresh.providers);
  expect(cached.courses).toStrictEqual(fresh.courses);
  expect(JSON.stringify(cached.courses)).toBe(JSON.stringify(fresh.courses));
  return fresh;
}

describe("the validator's cache", () => {
  it("gives byte-identical findings cold, warm, and after a file changes, and re-checks only that file", async () => {
    const catalogue = await mixedCatalogue();
    const cold = await check(catalogue);
    const fresh = await expectSameAsFresh(catalogue, cold);
    // The fixture has something to find of every kind, or the comparison proves little.
    const messages = fresh.findings.map((finding) => finding.message).join("\n");
    expect(messages).toMatch(/does not match the file name/);
    expect(messages).toMatch(/Another course already has the id "fixture-course"/);
    expect(messages).toMatch(/no-such-provider/);
    expect(messages).toMatch(/Raw HTML is not allowed/);
    expect(fresh.findings.some((finding) => finding.severity === "warning")).toBe(true);
    expect(cold.cache).toEqual({ reused: 0, checked: 14 });

    const warm = await check(catalogue);
    await expectSameAsFresh(catalogue, warm);
    // Only files the schema refused (or could not read) are checked again; the rest come from the cache.
    const uncached = warm.cache!.checked;
    expect(warm.cache!.reused).toBe(14 - uncached);
    expect(uncached).toBeLessThan(6);

    // One course changes and now breaks a rule of its own: only it is checked again.
    const changed = path.join(catalogue.contentDir, "courses/fixture-university/second-course.md");
    await writeFile(changed, toMarkdown(validCourse({ id: "second-course", title: "" })));
    const afterEdit = await check(catalogue);
    await expectSameAsFresh(catalogue, afterEdit);
    expect(afterEdit.cache).toEqual({ reused: 14 - uncached - 1, checked: uncached + 1 });
    expect(afterEdit.findings.some((finding) => finding.file.endsWith("second-course.md"))).toBe(true);
  });

  it("re-runs the rules across entries on cached entries when another file changes", async () => {
    const catalogue = await mixedCatalogue();
    await check(catalogue);
    // Removing a provider changes no course file, yet its courses must now be told it is missing.
    await rm(path.join(catalogue.contentDir, "providers/fixture-trust.md"));
    const warm = await check(catalogue);
    await expectSameAsFresh(catalogue, warm);
    expect(
      warm.findings.some(
        (finding) => finding.file.endsWith("fixture-trust/fixture-course.md") && /fixture-trust/.test(finding.message),
      ),
    ).toBe(true);
    // A renamed file is a new path: checked again, its id judged against its new name.
    await rm(path.join(catalogue.contentDir, "courses/fixture-university/lapsed.md"));
    await writeFile(
      path.join(catalogue.contentDir, "courses/fixture-university/renamed.md"),
      toMarkdown(validCourse({ id: "lapsed", reviewDue: "2026-01-01" })),
    );
    await expectSameAsFresh(catalogue, await check(catalogue));
  });

  it("never keeps a description refused for taking too long, which depends on the machine", async () => {
    const { projectRoot: root, contentDir } = await writeCatalogue({
      "providers/fixture-university.md": toMarkdown(validProvider()),
      "courses/fixture-university/fixture-course.md": toMarkdown(validCourse(), `${">".repeat(40_000)} deep\n`),
    });
    const cacheDir = await mkdtemp(path.join(tmpdir(), "validate-cache-"));
    const run = () =>
      validateCatalogue({ projectRoot: root, contentDir, asOf: FIXTURE_AS_OF, cacheDir, bodyTimeLimitMs: 500 });
    const first = await run();
    expect(first.findings.map((finding) => finding.message)).toEqual([
      "The description took more than 0.5 seconds to check, so it was not accepted",
    ]);
    const second = await run();
    expect(second.findings).toStrictEqual(first.findings);
    expect(second.cache).toEqual({ reused: 1, checked: 1 });
  });

  it("is thrown away when the validator's code changes", async () => {
    const catalogue = await mixedCatalogue();
    await check(catalogue, { key: "code-1" });
    expect((await check(catalogue, { key: "code-1" })).cache!.reused).toBeGreaterThan(0);
    const newCode = await check(catalogue, { key: "code-2" });
    expect(newCode.cache!.reused).toBe(0);
    await expectSameAsFresh(catalogue, newCode);
  });

  it("keys the code by every file of the validator's folders, the lock file and Node's version", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "code-key-"));
    await writeFile(path.join(folder, "rule.ts"), "export const limit = 1;\n");
    const before = await codeKey([folder], { text: "v24" });
    expect(await codeKey([folder], { text: "v24" })).toBe(before);
    await writeFile(path.join(folder, "rule.ts"), "export const limit = 2;\n");
    const edited = await codeKey([folder], { text: "v24" });
    expect(edited).not.toBe(before);
    await writeFile(path.join(folder, "new-rule.ts"), "");
    expect(await codeKey([folder], { text: "v24" })).not.toBe(edited);
    expect(await codeKey([folder], { text: "v25" })).not.toBe(await codeKey([folder], { text: "v24" }));
    // The real key covers the installed packages too.
    expect(await codeKey()).toMatch(/^[0-9a-f]{64}$/);
  });

  it("covers every module the validator loads", async () => {
    // Relative imports (and the worker's file) from the Node validator, followed through every module.
    const seen = new Set<string>();
    const queue = ["src/validator/node/validate-catalogue.ts", "src/validator/node/body-lint-worker.ts"].map((file) =>
      path.join(projectRoot, file),
    );
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      if (!file.endsWith(".ts")) continue;
      const text = await readFile(file, "utf8");
      for (const [, target] of text.matchAll(/(?:from |import\(|new URL\()\s*"(\.{1,2}\/[^"]*[^/"])"/g)) {
        queue.push(path.resolve(path.dirname(file), target!));
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    const outside = [...seen].filter((file) => !VALIDATOR_CODE_FOLDERS.some((folder) => file.startsWith(`${folder}/`)));
    expect(outside).toEqual([]);
  });

  it("keeps only values JSON gives back unchanged", () => {
    expect(isPlainJson({ a: [1, "b", null, true, { c: 2.5 }] })).toBe(true);
    expect(isPlainJson({ a: undefined })).toBe(false);
    expect(isPlainJson({ a: new Date(0) })).toBe(false);
    expect(isPlainJson([1, , 3])).toBe(false);
    expect(isPlainJson(-0)).toBe(false);
    expect(isPlainJson(Number.NaN)).toBe(false);
    expect(isPlainJson(new Map())).toBe(false);
  });

  it("npm run validate prints the same with a cold cache, a warm one and --no-cache", async () => {
    const catalogue = await mixedCatalogue();
    const script = path.join(projectRoot, "scripts/validate.ts");
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [script, "--as-of", FIXTURE_AS_OF, ...args], {
        cwd: catalogue.root,
        encoding: "utf8",
      });
    const cold = run();
    expect(cold.status).toBe(1);
    expect(await readdir(path.join(catalogue.root, "node_modules/.cache/course-finder/validate"))).toHaveLength(1);
    const warm = run();
    const uncached = run("--no-cache");
    const json = run("--format", "json");
    expect(warm.stdout).toBe(cold.stdout);
    expect(uncached.stdout).toBe(cold.stdout);
    expect(JSON.parse(json.stdout).fileCount).toBe(16);
  });
});
