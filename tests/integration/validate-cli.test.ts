import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { minimalCatalogue, writeCatalogue } from "../helpers/catalogue.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const script = path.join(projectRoot, "scripts/validate.ts");

/** Runs `npm run validate`'s script the way npm would, in `cwd`. */
function validate(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run validate", () => {
  it("exits 0 and says so on a clean catalogue", async () => {
    const { projectRoot: root } = await writeCatalogue(minimalCatalogue());
    const result = validate(root, "--as-of", "2026-11-25");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("Checked 2 files: 0 errors, 0 warnings.");
  });

  it("exits 1 on errors, and never runs JavaScript front matter", async () => {
    const result = validate(projectRoot, "--content", "tests/fixtures/broken-catalogue", "--as-of", "2026-11-25");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("javascript-front-matter.md:1:4  error");
    expect(existsSync(path.join(projectRoot, "front-matter-ran.txt"))).toBe(false);
  });

  it("writes GitHub annotations and JSON on request", () => {
    const github = validate(projectRoot, "--content", "tests/fixtures/broken-catalogue", "--format", "github");
    expect(github.stdout.split("\n")[0]).toMatch(/^::error file=tests\/fixtures\/broken-catalogue\//);
    const json = validate(projectRoot, "--content", "tests/fixtures/broken-catalogue", "--format", "json");
    expect(JSON.parse(json.stdout).fileCount).toBe(6);
  });

  it("explains bad arguments and exits 2", () => {
    const result = validate(projectRoot, "--as-of", "yesterday");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--as-of must be a date written YYYY-MM-DD, not "yesterday"');
    expect(validate(projectRoot, "--content", "no-such-folder").stderr).toContain("There is no content folder at");
  });
});
