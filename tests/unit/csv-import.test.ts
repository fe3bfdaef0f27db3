import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import {
  courseWording,
  creditRatingWording,
  presentationWording,
  venueWording,
} from "../../src/domain/schema/index.ts";
import { templateHeader } from "../../src/import/csv/columns.ts";
import { importCsv, SheetError, type CsvImportOptions } from "../../src/import/csv/import-csv.ts";
import { scopeFrom } from "../../src/import/scope.ts";
import { validateCatalogue } from "../../src/validator/node/index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const example = path.join(root, "docs/import/course-example.csv");
const TODAY = "2026-12-01";
const made: string[] = [];

/** A fresh content folder holding the sample catalogue's providers and no courses. */
async function freshContent(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "csv-import-"));
  made.push(dir);
  await cp(path.join(root, "content/providers"), path.join(dir, "providers"), { recursive: true });
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const options = (outDir: string, more: Partial<CsvImportOptions> = {}): CsvImportOptions => ({
  outDir,
  dryRun: false,
  partial: false,
  today: TODAY,
  ...more,
});

/** A sheet from rows of { header: cell }, in the template's column order. */
function sheet(rows: readonly Record<string, string>[], separator = ","): string {
  return stringify([templateHeader(), ...rows.map((row) => templateHeader().map((header) => row[header] ?? ""))], {
    delimiter: separator,
  });
}

/** The worked example's rows as { header: cell }, to change one cell at a time. */
async function exampleRows(): Promise<Record<string, string>[]> {
  const text = await readFile(example, "utf8");
  expect(text.split("\n")[0]).toBe(templateHeader().join(","));
  const records = parse(text) as string[][];
  return records
    .slice(1)
    .map((cells) => Object.fromEntries(templateHeader().map((name, index) => [name, cells[index] ?? ""])));
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("npm run import:csv on the worked example", () => {
  it("imports two courses from three rows, merges the second run, fills regions from postcodes and passes the validator", async () => {
    const outDir = await freshContent();
    const report = await importCsv(await readFile(example), "course-example.csv", options(outDir));
    expect(report.summary).toMatchObject({ rows: 3, imported: 2, merged: 1, refused: 0, courses: 2, created: 2 });
    expect(report.rows.map((row) => [row.row, row.outcome])).toEqual([
      [2, "imported"],
      [3, "merged"],
      [4, "imported"],
    ]);
    const text = await readFile(
      path.join(outDir, "courses/croal-irwell-primary-care-trust/safeguarding-adults-together.md"),
      "utf8",
    );
    expect(text).toContain("region: north-west");
    expect(text).toContain("start: '2027-05-12'");
    expect(text).toContain("start: '2027-10-06'");
    expect(text).toContain("format: CSV");
    const { findings } = await validateCatalogue({ projectRoot: root, contentDir: outDir, asOf: TODAY });
    expect(findings).toEqual([]);
  });

  it("re-imports as unchanged, keeps a hand edit, and reports a field edited by hand and changed in the sheet", async () => {
    const outDir = await freshContent();
    await importCsv(await readFile(example), "course-example.csv", options(outDir));
    const again = await importCsv(await readFile(example), "course-example.csv", options(outDir));
    expect(again.summary).toMatchObject({ unchanged: 2, created: 0, updated: 0 });

    const file = path.join(outDir, "courses/croal-irwell-primary-care-trust/safeguarding-adults-together.md");
    const edited = (await readFile(file, "utf8")).replace("cpdHours: 6", "cpdHours: 7");
    await writeFile(file, edited);
    const rows = await exampleRows();
    rows[0]!["cpd hours"] = "5";
    rows[1]!["cpd hours"] = "5";
    rows[0]!.summary = "A day for staff to spot abuse and neglect and act together.";
    rows[1]!.summary = rows[0]!.summary;
    const changed = await importCsv(bytes(sheet(rows)), "changed.csv", options(outDir));
    const course = changed.courses.find((one) => one.course.endsWith("/safeguarding-adults-together"))!;
    expect(course.outcome).toBe("updated");
    expect(course.conflicts.map((conflict) => conflict.field)).toEqual(["cpdHours"]);
    const after = await readFile(file, "utf8");
    expect(after).toContain("cpdHours: 7");
    expect(after).toContain("summary: A day for staff to spot abuse and neglect and act together.");
  });
});

describe("npm run import:csv on a sheet with mistakes", () => {
  it("accounts for every row by number and column in the shared wording, and writes nothing", async () => {
    const outDir = await freshContent();
    const rows = await exampleRows();
    rows[0]!["end date"] = "01/05/2027"; // before the 12/05/2027 start
    rows[1]!["study mode"] = "sometimes";
    rows[2]!["start date"] = "31/02/2027";
    rows[2]!["flexible start"] = "";
    rows.push({ ...rows[2]!, "course id": "", title: "Orphan", provider: "nowhere-trust" });
    const report = await importCsv(bytes(sheet(rows)), "mistakes.csv", options(outDir));
    expect(report.rows.map((row) => [row.row, row.outcome, row.problems])).toEqual([
      [2, "refused", [{ column: "end date", message: presentationWording.end.rules.beforeStart }]],
      [
        3,
        "refused",
        [
          {
            column: "study mode",
            message: expect.stringMatching(/^“sometimes” is not one of the choices\. .*Full time/),
          },
        ],
      ],
      [
        4,
        "refused",
        [
          {
            column: "start date",
            message: "Enter a real date as day/month/year, like 12/05/2027, not “31/02/2027”",
          },
        ],
      ],
      [
        5,
        "refused",
        [
          {
            column: "start date",
            message: "Enter a real date as day/month/year, like 12/05/2027, not “31/02/2027”",
          },
          {
            column: "provider",
            message:
              "There is no provider “nowhere-trust” in the catalogue: add it first (npm run new:provider), or use its id",
          },
        ],
      ],
    ]);
    expect(report.summary).toMatchObject({ rows: 4, refused: 4, created: 0 });
    await expect(
      readFile(path.join(outDir, "courses/croal-irwell-primary-care-trust/safeguarding-adults-together.md")),
    ).rejects.toThrow();
  });

  it("reports a missing answer in the form's words, and with --partial writes only the courses whose rows are all good", async () => {
    const outDir = await freshContent();
    const rows = await exampleRows();
    rows[2]!.title = "";
    rows[2]!["course id"] = "carers-online";
    rows[0]!.professions = "";
    rows[1]!.professions = "";
    rows[0]!["venue name"] = "";
    const report = await importCsv(bytes(sheet(rows)), "partial.csv", options(outDir, { partial: true }));
    const problems = report.rows.flatMap((row) => row.problems.map((problem) => ({ row: row.row, ...problem })));
    expect(problems).toEqual(
      expect.arrayContaining([
        { row: 2, column: "professions", message: courseWording.professions.missing },
        { row: 2, column: "venue name", message: venueWording.name.missing },
        { row: 4, column: "title", message: courseWording.title.missing },
      ]),
    );
    // The first course's second row is good, but its course was refused, and it says so.
    expect(report.rows.find((row) => row.row === 3)).toMatchObject({
      outcome: "refused",
      problems: [{ column: "", message: "Another row of this course was refused (row 2)" }],
    });
    expect(report.summary).toMatchObject({ refused: 3, created: 0 });
  });

  it("imports a credit-rated course with who rated it, and reports a missing rating detail under its own column", async () => {
    const outDir = await freshContent();
    const rows = (await exampleRows()).slice(2);
    Object.assign(rows[0]!, {
      "academic credit": "credit-rated",
      credits: "CATS 4 10",
      "notional hours": "100",
      assessment: "A reflective account of a carer's assessment, marked by the course team.",
      "quality assurance": "Moderated by the rating university under its credit-rating agreement.",
      "rated by": "ribble-vale-university",
      "date rated": "18/3/2026",
      "rating review date": "31/3/2029",
      "rating reference": "RVU-CR-2026-011",
    });
    const report = await importCsv(bytes(sheet(rows)), "rated.csv", options(outDir));
    expect(report.summary).toMatchObject({ refused: 0, created: 1 });
    const file = path.join(outDir, "courses/croal-irwell-primary-care-trust/working-with-carers-online.md");
    const text = await readFile(file, "utf8");
    expect(text).toContain("ratedBy: ribble-vale-university");
    expect(text).toMatch(/ratedOn: '?2026-03-18'?\n/);
    const { findings } = await validateCatalogue({ projectRoot: root, contentDir: outDir, asOf: TODAY });
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);

    rows[0]!["rated by"] = "";
    const refused = await importCsv(bytes(sheet(rows)), "unrated.csv", options(await freshContent()));
    expect(refused.rows[0]!.problems).toContainEqual({
      column: "rated by",
      message: creditRatingWording.ratedBy.missing,
    });
  });

  it("refuses a sheet with no provider or title column, and a file that is not UTF-8", async () => {
    const outDir = await freshContent();
    await expect(importCsv(bytes("name,when\nx,y\n"), "odd.csv", options(outDir))).rejects.toThrow(
      /The sheet has no "provider" column/,
    );
    await expect(
      importCsv(new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0x0a]), "latin1.csv", options(outDir)),
    ).rejects.toThrow(SheetError);
  });
});

describe("npm run import:csv on a sheet saved by Excel", () => {
  it("reads a UTF-8 file with a byte order mark, semicolons between cells and Windows line ends, as the plain one", async () => {
    const plainDir = await freshContent();
    const excelDir = await freshContent();
    const rows = await exampleRows();
    const plain = await importCsv(bytes(sheet(rows)), "plain.csv", options(plainDir));
    const excel = `\uFEFF${sheet(rows, ";").replace(/\n/g, "\r\n")}`;
    const fromExcel = await importCsv(bytes(excel), "excel.csv", options(excelDir));
    expect(fromExcel.separator).toBe(";");
    expect(fromExcel.summary).toEqual(plain.summary);
    const file = "courses/croal-irwell-primary-care-trust/working-with-carers-online.md";
    expect(await readFile(path.join(excelDir, file), "utf8")).toBe(await readFile(path.join(plainDir, file), "utf8"));
  });
});

describe("choosing what comes in", () => {
  it("skips each course outside the chosen titles or subjects, and says why", async () => {
    const outDir = await freshContent();
    const report = await importCsv(
      await readFile(example),
      "course-example.csv",
      options(outDir, { scope: scopeFrom({ title: "^safeguarding" }) }),
    );
    expect(report.summary).toMatchObject({ imported: 1, merged: 1, skipped: 1, created: 1 });
    expect(report.courses.find((course) => course.outcome === "skipped")).toMatchObject({
      title: "Working with Carers Online",
      rows: [4],
      reason: "outside the chosen titles: the title does not match “^safeguarding”",
    });
    const bySubject = await importCsv(
      await readFile(example),
      "course-example.csv",
      options(await freshContent(), { scope: scopeFrom({ subject: ["Dentistry"] }) }),
    );
    expect(bySubject.summary).toMatchObject({ skipped: 3, created: 0 });
    expect(bySubject.courses[0]!.reason).toBe(
      "outside the chosen subjects: its subjects (Health Care) match none of “Dentistry”",
    );
  });
});

describe("the template", () => {
  it("is the header row npm run import:csv -- --template prints", async () => {
    expect((await readFile(path.join(root, "docs/import/course-template.csv"), "utf8")).trim()).toBe(
      templateHeader().join(","),
    );
  });
});
