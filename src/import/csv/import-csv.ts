import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { aYearAfter, entryMarkdown } from "../../catalogue/entry-file.ts";
import { providerSchema, type Provider } from "../../domain/schema/index.ts";
import { lintInProcess } from "../../validator/core/body-lint.ts";
import { checkDraft } from "../../validator/core/check-draft.ts";
import { placeOfPostcode } from "../../domain/places/place-data.ts";
import { outOfScope, type ImportScope } from "../scope.ts";
import { EarlierIds, earlierImports } from "../xcri/earlier-imports.ts";
import { BODY_KEY, readEntryText } from "../xcri/entry-file.ts";
import { slugify } from "../xcri/ids.ts";
import type { Conflict } from "../xcri/merge.ts";
import { writeEntry, type WriteOutcome } from "../xcri/write-entry.ts";
import { readCell } from "./cells.ts";
import { columnForField, csvColumns, headerKey, type Column } from "./columns.ts";
import { readSheet, SheetError } from "./read-csv.ts";

export { SheetError };

export interface CsvImportOptions {
  /** Folder holding providers/ and courses/, usually content/. */
  readonly outDir: string;
  /** Work out and report everything, write nothing. */
  readonly dryRun: boolean;
  /** Write the courses whose rows are all good even when other rows are refused. */
  readonly partial: boolean;
  /** The review date written on new entries, YYYY-MM-DD. */
  readonly today: string;
  /** Which courses to bring in; none means all. */
  readonly scope?: ImportScope;
}

/** One problem with one row, where a spreadsheet user can find it. */
export interface RowProblem {
  /** The column's header, or "" for a problem with the row as a whole. */
  readonly column: string;
  readonly message: string;
}

/** What became of one row of the sheet: every row is accounted for. */
export interface RowReport {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  readonly row: number;
  /** The course it belongs to, as "provider/course id", when it could be told. */
  readonly course?: string;
  /**
   * "imported": the first row of a course that was written; "merged": a further run of that course;
   * "refused": not imported (see problems); "skipped": outside the chosen scope (see reason);
   * "not written": good, but another row was refused and `--partial` was not given.
   */
  readonly outcome: "imported" | "merged" | "refused" | "skipped" | "not written";
  readonly problems: readonly RowProblem[];
  /** Warnings worth checking, for rows that were imported. */
  readonly warnings: readonly RowProblem[];
  readonly reason?: string;
}

/** What became of one course's file. */
export interface CourseReport {
  readonly course: string;
  readonly title: string;
  readonly rows: readonly number[];
  readonly file: string;
  readonly outcome: WriteOutcome | "not written" | "skipped";
  readonly keptEdits: readonly string[];
  readonly conflicts: readonly Conflict[];
  readonly reason?: string;
}

export interface CsvImportReport {
  readonly sheet: string;
  readonly dryRun: boolean;
  readonly separator: "," | ";";
  readonly summary: {
    readonly rows: number;
    readonly imported: number;
    readonly merged: number;
    readonly refused: number;
    readonly skipped: number;
    readonly notWritten: number;
    readonly courses: number;
    readonly created: number;
    readonly updated: number;
    readonly unchanged: number;
  };
  /** Headers the importer does not know, ignored (with the nearest it knows). */
  readonly unknownColumns: readonly string[];
  readonly rows: readonly RowReport[];
  readonly courses: readonly CourseReport[];
}

/** A row read into course fields and run fields, with its problems. */
interface ReadRow {
  readonly row: number;
  readonly course: Record<string, unknown>;
  readonly run: Record<string, unknown>;
  readonly subjects: string[];
  readonly problems: RowProblem[];
}

/** Sets a value at a path, making groups on the way. */
function setPath(target: Record<string, unknown>, at: readonly string[], value: unknown) {
  let node = target;
  at.slice(0, -1).forEach((key) => {
    node = (node[key] ??= {}) as Record<string, unknown>;
  });
  node[at.at(-1)!] = value;
}

function readRow(row: number, cells: readonly string[], columns: readonly (Column | undefined)[]): ReadRow {
  const read: ReadRow = { row, course: {}, run: {}, subjects: [], problems: [] };
  columns.forEach((column, index) => {
    const cell = cells[index]?.trim() ?? "";
    if (!column || !cell) return;
    const reading = readCell(column.read, cell);
    if (!reading.ok) {
      read.problems.push({ column: column.header, message: reading.problem });
      return;
    }
    if (column.read.kind === "subjects") read.subjects.push(...(reading.value as string[]));
    else setPath(column.level === "course" ? read.course : read.run, column.path, reading.value);
  });
  return read;
}

/** Providers in the output folder by id, and a way to find one by id or name. */
async function catalogueProviders(outDir: string): Promise<Map<string, Provider>> {
  const folder = path.join(outDir, "providers");
  const providers = new Map<string, Provider>();
  let names: string[] = [];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith(".md"));
  } catch {
    return providers;
  }
  for (const name of names) {
    const read = readEntryText(await readFile(path.join(folder, name), "utf8"));
    if (!read.ok) continue;
    const { [BODY_KEY]: _description, ...frontMatter } = read.fields;
    const provider = providerSchema.safeParse(frontMatter);
    if (provider.success) providers.set(provider.data.id, provider.data);
  }
  return providers;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Each run's id: as given, else from its start date, numbered when two runs start the same day. */
function withRunIds(runs: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const taken = new Set(runs.flatMap((run) => (typeof run.id === "string" ? [run.id] : [])));
  return runs.map((run, index) => {
    if (typeof run.id === "string") return run;
    const base = typeof run.start === "string" ? `run-${run.start}` : `run-${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { id, ...run };
  });
}

/** A venue's region from its postcode, when the sheet leaves it empty (src/domain/places). */
function withRegions(run: Record<string, unknown>): Record<string, unknown> {
  const venue = run.venue as Record<string, unknown> | undefined;
  if (!venue || venue.region !== undefined || typeof venue.postcode !== "string") return run;
  const region = placeOfPostcode(venue.postcode)?.region;
  return region ? { ...run, venue: { ...venue, region } } : run;
}

/**
 * Imports a course sheet (one row per run, course columns repeated) into course entries, checked
 * with the validator's own rules and written, or merged with an earlier import, through the XCRI
 * importer's merge. Every row is accounted for; when any is refused nothing is written unless
 * `partial` (and then only courses whose rows are all good).
 */
export async function importCsv(
  bytes: Uint8Array,
  sheetName: string,
  options: CsvImportOptions,
): Promise<CsvImportReport> {
  const sheet = readSheet(bytes);
  const byKey = new Map(csvColumns.map((column) => [headerKey(column.header), column]));
  const columns = sheet.header.map((header) => byKey.get(headerKey(header)));
  const unknownColumns = sheet.header.filter((header, index) => header && !columns[index]);
  for (const needed of ["provider", "title"])
    if (!columns.some((column) => column?.header === needed))
      throw new SheetError(
        `The sheet has no "${needed}" column. The first row must name the columns: npm run import:csv -- --template prints them`,
      );

  const providers = await catalogueProviders(options.outDir);
  const rows = new Map<number, RowReport>();
  const refuse = (row: number, problems: RowProblem[], course?: string) =>
    rows.set(row, { row, ...(course ? { course } : {}), outcome: "refused", problems, warnings: [] });

  const skippedCourses = new Map<string, { title: string; rows: number[]; reason: string }>();
  // Rows grouped into courses by provider and course id (or title when no id is given), in sheet order.
  const groups = new Map<string, ReadRow[]>();
  for (const { row, cells } of sheet.rows) {
    const read = readRow(row, cells, columns);
    const providerText = String(read.course.provider ?? "");
    const provider =
      providers.get(providerText) ??
      [...providers.values()].find((one) => one.name.toLowerCase() === providerText.toLowerCase());
    if (!providerText) read.problems.push({ column: "provider", message: "Enter the provider that runs the course" });
    else if (!provider)
      read.problems.push({
        column: "provider",
        message: `There is no provider “${providerText}” in the catalogue: add it first (npm run new:provider), or use its id`,
      });
    else read.course.provider = provider.id;
    const title = String(read.course.title ?? "");
    const id = typeof read.course.id === "string" ? read.course.id : slugify(title);
    if (!id) read.problems.push({ column: "title", message: "Enter the course title" });
    const key = provider && id ? `${provider.id}/${id}` : undefined;
    if (!key) {
      refuse(row, read.problems);
      continue;
    }
    read.course.id = id;
    const reason = options.scope ? outOfScope(options.scope, { title, subjects: read.subjects }) : undefined;
    if (reason) {
      rows.set(row, { row, course: key, outcome: "skipped", problems: [], warnings: [], reason });
      const skipped = skippedCourses.get(key);
      if (skipped) skipped.rows.push(row);
      else skippedCourses.set(key, { title, rows: [row], reason });
      continue;
    }
    groups.set(key, [...(groups.get(key) ?? []), read]);
  }

  const courses: CourseReport[] = [...skippedCourses].map(([key, { title, rows: skippedRows, reason }]) => ({
    course: key,
    title,
    rows: skippedRows,
    file: "",
    outcome: "skipped",
    keptEdits: [],
    conflicts: [],
    reason,
  }));
  const planned: { key: string; group: ReadRow[]; fields: Record<string, unknown>; folder: string }[] = [];
  for (const [key, group] of groups) {
    const [first] = group as [ReadRow, ...ReadRow[]];
    // Course columns are repeated on each run's row; a row that says something different is refused there.
    for (const read of group.slice(1)) {
      for (const column of csvColumns.filter((one) => one.level === "course" && one.path.length)) {
        const mine = column.path.reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)?.[part],
          read.course,
        );
        const theirs = column.path.reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)?.[part],
          first.course,
        );
        if (mine !== undefined && !sameValue(mine, theirs))
          read.problems.push({
            column: column.header,
            message: `This differs from row ${first.row} of the same course: course columns must say the same on every run's row`,
          });
      }
    }
    const runs = withRunIds(
      group.filter((read) => Object.keys(read.run).length > 0).map((read) => withRegions(read.run)),
    );
    const runRows = group.filter((read) => Object.keys(read.run).length > 0).map((read) => read.row);
    const { [BODY_KEY]: body, ...courseFields } = first.course;
    const fields = {
      id: courseFields.id,
      ...courseFields,
      ...(runs.length ? { presentations: runs } : {}),
      lastReviewed: options.today,
      reviewDue: aYearAfter(options.today),
    };
    const provider = String(courseFields.provider);
    // The validator's own check, as `npm run validate` would make once the file is saved.
    const findings = await checkDraft(
      entryMarkdown(fields, typeof body === "string" ? body : ""),
      { collection: "courses", stem: String(courseFields.id), folder: provider },
      { providers, providerIds: new Set(providers.keys()), asOf: options.today, placeOfPostcode },
      lintInProcess,
    );
    const rowOf = (field: string) => {
      const run = /^presentations\[(\d+)\]/.exec(field);
      const row = run ? runRows[Number(run[1])] : undefined;
      return group.find((read) => read.row === row) ?? first;
    };
    const warnings = new Map<number, RowProblem[]>();
    for (const finding of findings) {
      const column = columnForField(finding.field);
      const problem = { column: column?.header ?? "", message: finding.message };
      const read = rowOf(finding.field);
      // A cell that could not be read is reported once, as itself, not again as missing.
      if (read.problems.some((earlier) => earlier.column === problem.column && problem.column)) continue;
      if (finding.severity === "error") read.problems.push(problem);
      else warnings.set(read.row, [...(warnings.get(read.row) ?? []), problem]);
    }
    const bad = group.filter((read) => read.problems.length > 0);
    for (const read of group) {
      if (read.problems.length) refuse(read.row, read.problems, key);
      else if (bad.length)
        refuse(read.row, [{ column: "", message: `Another row of this course was refused (row ${bad[0]!.row})` }], key);
      else
        rows.set(read.row, {
          row: read.row,
          course: key,
          outcome: read === first ? "imported" : "merged",
          problems: [],
          warnings: warnings.get(read.row) ?? [],
        });
    }
    const folder = `courses/${provider}`;
    if (bad.length)
      courses.push({
        course: key,
        title: String(courseFields.title ?? ""),
        rows: group.map((read) => read.row),
        file: `${folder}/${String(courseFields.id)}.md`,
        outcome: "not written",
        keptEdits: [],
        conflicts: [],
        reason: "some of its rows were refused",
      });
    else planned.push({ key, group, fields: { ...fields, [BODY_KEY]: typeof body === "string" ? body : "" }, folder });
  }

  const anyRefused = [...rows.values()].some((row) => row.outcome === "refused");
  const write = !anyRefused || options.partial;
  const earlier = new Map<string, EarlierIds>();
  for (const { key, group, fields, folder } of planned) {
    if (!earlier.has(folder))
      earlier.set(folder, new EarlierIds(await earlierImports(path.join(options.outDir, folder))));
    // A re-import finds the course by provider and course id, so a renamed title updates the same file.
    const id = earlier.get(folder)!.idFor(key, String(fields.id));
    const relativePath = `${folder}/${id}.md`;
    const title = String(fields.title ?? "");
    if (!write) {
      for (const read of group) rows.set(read.row, { ...rows.get(read.row)!, outcome: "not written" });
      courses.push({
        course: key,
        title,
        rows: group.map((read) => read.row),
        file: relativePath,
        outcome: "not written",
        keptEdits: [],
        conflicts: [],
        reason: "other rows were refused; nothing is written unless --partial",
      });
      continue;
    }
    const result = await writeEntry(
      options.outDir,
      { relativePath, source: key, fields: { ...fields, id }, format: "CSV" },
      options.dryRun,
    );
    courses.push({ course: key, title, rows: group.map((read) => read.row), file: relativePath, ...result });
    // A file there that the importer did not write is left alone, and the course's rows say so.
    if (result.outcome === "refused")
      for (const read of group)
        refuse(read.row, [{ column: "", message: result.reason ?? "The course's file could not be written" }], key);
  }

  const reports = [...rows.values()].sort((a, b) => a.row - b.row);
  const count = (outcome: RowReport["outcome"]) => reports.filter((row) => row.outcome === outcome).length;
  const written = (outcome: WriteOutcome) => courses.filter((course) => course.outcome === outcome).length;
  return {
    sheet: sheetName,
    dryRun: options.dryRun,
    separator: sheet.separator,
    summary: {
      rows: reports.length,
      imported: count("imported"),
      merged: count("merged"),
      refused: count("refused"),
      skipped: count("skipped"),
      notWritten: count("not written"),
      courses: courses.filter((course) => course.outcome !== "skipped").length,
      created: written("created"),
      updated: written("updated"),
      unchanged: written("unchanged"),
    },
    unknownColumns,
    rows: reports,
    courses,
  };
}
