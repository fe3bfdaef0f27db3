import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summaryText } from "../../src/import/xcri/summary-text.ts";
import { feedWith, fixture, freshOutDir, importInto, readEntry } from "../helpers/xcri.ts";

const COURSE = "courses/test-provider/first-aid.md";

/** One course whose title and abstract the tests vary, as a feed would change between imports. */
const feed = ({ title = "First aid", abstract = "Learn first aid at work." } = {}) =>
  feedWith(`<course><dc:identifier>FA1</dc:identifier><dc:title>${title}</dc:title>
    <abstract>${abstract}</abstract><learningOutcome>Give first aid</learningOutcome></course>`);

/** Every file under a folder with its text, to compare before and after. */
async function snapshotFolder(folder: string): Promise<Record<string, string>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const texts: Record<string, string> = {};
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    texts[path.relative(folder, full)] = await readFile(full, "utf8");
  }
  return texts;
}

/** Replaces a line of an imported file, as a person editing it would. */
async function editLine(outDir: string, relativePath: string, from: RegExp, to: string) {
  const file = path.join(outDir, relativePath);
  const text = await readFile(file, "utf8");
  expect(text).toMatch(from);
  await writeFile(file, text.replace(from, to));
}

describe("re-importing a feed", () => {
  it("changes nothing when the feed has not changed", async () => {
    const outDir = await freshOutDir();
    const bytes = await fixture("every-element.xml");
    await importInto(outDir, bytes);
    const before = await snapshotFolder(outDir);
    const modified = (await stat(path.join(outDir, "courses/moorside-college/dementia-care-together.md"))).mtimeMs;
    const again = await importInto(outDir, bytes);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, skipped: 1 });
    expect(again.providers[0]!.outcome).toBe("unchanged");
    expect(await snapshotFolder(outDir)).toEqual(before);
    expect((await stat(path.join(outDir, "courses/moorside-college/dementia-care-together.md"))).mtimeMs).toBe(
      modified,
    );
  });

  it("updates fields nobody edited when the feed changes them", async () => {
    const outDir = await freshOutDir();
    await importInto(outDir, feed());
    const report = await importInto(outDir, feed({ abstract: "Learn emergency first aid at work." }));
    expect(report.courses[0]).toMatchObject({ outcome: "updated", keptEdits: [], conflicts: [] });
    expect((await readEntry(outDir, COURSE)).data.summary).toBe("Learn emergency first aid at work.");
  });

  it("keeps hand edits, filled TODOs included, when the feed has not changed those fields", async () => {
    const outDir = await freshOutDir();
    await importInto(outDir, feed());
    await editLine(outDir, COURSE, /^themes: .*$/m, "themes: [communication]");
    await editLine(outDir, COURSE, /^summary: .*$/m, "summary: Our own summary.");
    const report = await importInto(outDir, feed({ title: "First aid at work" }));
    expect(report.courses[0]).toMatchObject({ outcome: "updated", conflicts: [] });
    expect(report.courses[0]!.keptEdits).toEqual(["summary", "themes"]);
    const { data } = await readEntry(outDir, COURSE);
    expect(data).toMatchObject({ title: "First aid at work", summary: "Our own summary.", themes: ["communication"] });
  });

  it("finds a course by its feed identifier, so a renamed course updates its entry", async () => {
    const outDir = await freshOutDir();
    await importInto(outDir, feed());
    const report = await importInto(outDir, feed({ title: "Emergency first aid" }));
    expect(report.courses[0]).toMatchObject({ file: COURSE, outcome: "updated" });
    expect((await readEntry(outDir, COURSE)).data).toMatchObject({ id: "first-aid", title: "Emergency first aid" });
    expect(await readdir(path.join(outDir, "courses/test-provider"))).toEqual(["first-aid.md"]);
  });

  it("reports courses an earlier import wrote that the feed no longer has, and leaves them", async () => {
    const outDir = await freshOutDir();
    await importInto(outDir, feed());
    const report = await importInto(outDir, feedWith(""));
    expect(report.noLongerInFeed).toEqual([COURSE]);
    expect(summaryText(report)).toContain(`no longer in the feed: ${COURSE}`);
    expect((await readEntry(outDir, COURSE)).data.title).toBe("First aid");
  });

  it("keeps a hand edit the feed also changed, and names the file and field", async () => {
    const outDir = await freshOutDir();
    await importInto(outDir, feed());
    await editLine(outDir, COURSE, /^summary: .*$/m, "summary: Our own summary.");
    const report = await importInto(outDir, feed({ abstract: "The feed's new summary." }));
    expect(report.courses[0]!.conflicts).toEqual([{ field: "summary", feedValue: "The feed's new summary." }]);
    expect(report.summary.withConflicts).toBe(1);
    expect((await readEntry(outDir, COURSE)).data.summary).toBe("Our own summary.");
    expect(summaryText(report)).toContain(
      `conflict: ${COURSE}: summary was edited by hand and the feed changed it; kept your version (the feed now says: The feed's new summary.)`,
    );
  });

  it("keeps a hand-edited description", async () => {
    const outDir = await freshOutDir();
    await importInto(outDir, feed());
    await editLine(outDir, COURSE, /^Learn first aid at work\.$/m, "A description written by hand.");
    const report = await importInto(outDir, feed());
    expect(report.courses[0]!.keptEdits).toEqual(["(description)"]);
    expect((await readEntry(outDir, COURSE)).body.trim()).toBe("A description written by hand.");
  });

  it("refuses to touch a file it did not write, naming it", async () => {
    const outDir = await freshOutDir();
    await importInto(outDir, feed());
    await editLine(outDir, COURSE, /^xcriImport:[\s\S]*?(?=^---$)/m, "");
    const before = await readFile(path.join(outDir, COURSE), "utf8");
    const report = await importInto(outDir, feed({ abstract: "Changed." }));
    expect(report.courses[0]).toMatchObject({ outcome: "refused" });
    expect(report.courses[0]!.reason).toBe(
      `${COURSE} was not written by the importer (it has no valid xcriImport: record); it was left as it is`,
    );
    expect(report.summary.refused).toBe(1);
    expect(await readFile(path.join(outDir, COURSE), "utf8")).toBe(before);
  });
});

describe("a dry run", () => {
  it("writes nothing into an empty folder, yet reports what it would do", async () => {
    const outDir = await freshOutDir();
    const report = await importInto(outDir, await fixture("every-element.xml"), { dryRun: true });
    expect(report.summary).toMatchObject({ created: 3, skipped: 1 });
    expect(await readdir(outDir)).toEqual([]);
    expect(summaryText(report)).toMatch(/^Dry run \(nothing written\): /);
  });

  it("leaves existing files as they are", async () => {
    const outDir = await freshOutDir();
    await importInto(outDir, feed());
    const before = await snapshotFolder(outDir);
    const report = await importInto(outDir, feed({ abstract: "Changed." }), { dryRun: true });
    expect(report.courses[0]!.outcome).toBe("updated");
    expect(await snapshotFolder(outDir)).toEqual(before);
  });
});

describe("re-importing a renamed provider", () => {
  it("keeps its id and folder, found by its feed identifier", async () => {
    const outDir = await freshOutDir();
    const named = (name: string) =>
      `<catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <provider><dc:identifier>https://acme.example.org/</dc:identifier><dc:title>${name}</dc:title>
        <course><dc:identifier>C1</dc:identifier><dc:title>Course one</dc:title></course></provider></catalog>`;
    await importInto(outDir, named("Acme College"));
    const report = await importInto(outDir, named("Acme Institute"));
    expect(report.providers[0]).toMatchObject({ file: "providers/acme-college.md", outcome: "updated" });
    expect(report.courses[0]).toMatchObject({ file: "courses/acme-college/course-one.md", outcome: "unchanged" });
    expect((await readEntry(outDir, "providers/acme-college.md")).data.name).toBe("Acme Institute");
    expect(await readdir(path.join(outDir, "providers"))).toEqual(["acme-college.md"]);
  });
});
