import { spawnSync } from "node:child_process";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, freshOutDir } from "../helpers/xcri.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const script = path.join(projectRoot, "scripts/import-xcri.ts");
const feed = path.join(FIXTURES, "every-element.xml");

/** Runs `npm run import:xcri`'s script the way npm would. */
function importXcri(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: projectRoot, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run import:xcri", () => {
  it("imports, prints the summary, writes the JSON report, and exits 0", async () => {
    const outDir = await freshOutDir();
    const reportFile = path.join(outDir, "..", `${path.basename(outDir)}-report.json`);
    const result = importXcri(feed, "--out", outDir, "--report", reportFile);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Courses in the feed: 4 — imported 3 (new 3, updated 0, unchanged 0), refused 0, skipped 1",
    );
    expect(result.stdout).toContain("Next: npm run validate");
    const report = JSON.parse(await readFile(reportFile, "utf8"));
    expect(report).toMatchObject({ feed: "every-element.xml", dryRun: false, summary: { courses: 4, skipped: 1 } });
    expect(report.courses[0].unmapped[0]).toEqual({
      element: "dc:description[1]",
      value: "javascript:alert(1)",
      reason: "link removed: descriptions may only link to web pages",
    });
    expect((await readdir(path.join(outDir, "courses/moorside-college"))).length).toBe(3);
  });

  it("writes nothing with --dry-run", async () => {
    const outDir = await freshOutDir();
    const result = importXcri(feed, "--out", outDir, "--dry-run");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Dry run \(nothing written\): every-element.xml/);
    expect(await readdir(outDir)).toEqual([]);
  });

  it("exits 1 when a file was refused, naming it", async () => {
    const outDir = await freshOutDir();
    importXcri(feed, "--out", outDir);
    const handWritten = path.join(outDir, "courses/moorside-college/safeguarding-adults.md");
    await writeFile(handWritten, "---\nid: safeguarding-adults\n---\nWritten by hand.\n");
    const result = importXcri(feed, "--out", outDir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      "refused: courses/moorside-college/safeguarding-adults.md: courses/moorside-college/safeguarding-adults.md was not written by the importer",
    );
    expect(await readFile(handWritten, "utf8")).toBe("---\nid: safeguarding-adults\n---\nWritten by hand.\n");
  });

  it("explains a feed it cannot use, and bad arguments, and exits 2", async () => {
    const notXml = path.join(await freshOutDir(), "feed.xml");
    await writeFile(notXml, "<html><body>Not a feed</body></html>");
    const bad = importXcri(notXml, "--dry-run");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("root element is not an XCRI-CAP <catalog>");
    const missing = importXcri("no-such-feed.xml");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Cannot read no-such-feed.xml");
    const usage = importXcri();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Usage: npm run import:xcri -- <feed.xml>");
  });
});
