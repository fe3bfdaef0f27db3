import { readFile } from "node:fs/promises";
import path from "node:path";
import { checkCourse } from "../domain/rules/index.ts";
import { courseSchema, providerSchema, type Course, type Provider } from "../domain/schema/index.ts";
import { lintBody } from "./body-lint.ts";
import { listContentFiles, type ContentFile } from "./content-files.ts";
import { byLocation, fieldName, type Finding } from "./finding.ts";
import { parseFrontMatter, type ParsedFile } from "./front-matter.ts";
import { salvageFields } from "./salvage.ts";
import { describeIssues } from "./schema-findings.ts";
import { findDateProblems } from "./written-dates.ts";

/** A valid entry and the file it came from. */
export interface ValidEntry<T> {
  readonly file: string;
  readonly data: T;
}

export interface ValidationResult {
  /** Every problem found, errors and warnings, in file order. */
  readonly findings: Finding[];
  /** Number of files looked at. */
  readonly fileCount: number;
  /** Entries whose front matter passes the schema (cross-field rules may still have found errors). */
  readonly providers: ValidEntry<Provider>[];
  readonly courses: ValidEntry<Course>[];
}

export interface ValidationOptions {
  /** Folder holding providers/ and courses/. */
  readonly contentDir: string;
  /** Paths in findings are written relative to this folder. */
  readonly projectRoot: string;
  /** Date to judge review dates against, YYYY-MM-DD. */
  readonly asOf: string;
}

/** A course read from its file: valid fields, and the names of fields that are not. */
interface ReadCourse {
  readonly file: string;
  readonly parsed: ParsedFile;
  readonly data: Course;
  readonly invalidFields: ReadonlySet<string>;
  readonly folder: string;
}

/** Refuses bytes that are not UTF-8 text, since the build would garble or drop them. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

type Report = (finding: Omit<Finding, "file">) => void;

/** Reads and parses one file, reporting why when it cannot. */
async function readEntry(contentFile: ContentFile, report: Report): Promise<ParsedFile | undefined> {
  if (contentFile.ignorable) {
    report({
      line: 1,
      column: 1,
      field: "",
      severity: "warning",
      message: contentFile.ignorable,
      fix: "Delete it; it is not part of the catalogue",
    });
    return undefined;
  }
  if (contentFile.misplaced || !contentFile.collection) {
    report({
      line: 1,
      column: 1,
      field: "",
      severity: "error",
      message: contentFile.misplaced ?? "Unexpected file",
      fix: "Move or remove the file",
    });
    return undefined;
  }
  let source: string;
  try {
    source = strictUtf8.decode(await readFile(contentFile.absolutePath));
  } catch {
    report({
      line: 1,
      column: 1,
      field: "",
      severity: "error",
      message: "The file is not valid UTF-8 text",
      fix: "Save the file as UTF-8 in your editor",
    });
    return undefined;
  }
  const result = parseFrontMatter(source);
  if (!result.ok) {
    report({ ...result.failure, field: "", severity: "error" });
    return undefined;
  }
  const parsed = result.file;
  for (const problem of findDateProblems(parsed.rawFrontMatter)) report({ ...problem, field: "", severity: "error" });
  for (const problem of lintBody(parsed.body)) {
    report({ ...problem, line: parsed.bodyLine + problem.line - 1, field: "(description)", severity: "error" });
  }
  return parsed;
}

/**
 * Checks every file under the content folder and reports every problem in one
 * run: parse errors, schema errors, body problems, file placement, duplicate
 * ids and the cross-field rules. Astro's own build stops at the first.
 */
export async function validateCatalogue(options: ValidationOptions): Promise<ValidationResult> {
  const findings: Finding[] = [];
  const files = await listContentFiles(options.contentDir);
  const validProviders: { file: string; parsed: ParsedFile; data: Provider }[] = [];
  const courses: ReadCourse[] = [];
  // Every provider file counts as existing, even a broken one, so its courses are not
  // also told that their provider is missing: the problem is reported once, in its own file.
  const providerIds = new Set(
    files.filter((f) => f.collection === "providers").map((f) => path.basename(f.relativePath, ".md")),
  );

  for (const contentFile of files) {
    const file = path.relative(options.projectRoot, contentFile.absolutePath).split(path.sep).join("/");
    const report: Report = (finding) => findings.push({ file, ...finding });
    const parsed = await readEntry(contentFile, report);
    if (!parsed || !contentFile.collection) continue;

    const schema = contentFile.collection === "providers" ? providerSchema : courseSchema;
    const checked = schema.safeParse(parsed.data, { reportInput: true });
    if (!checked.success) {
      for (const problem of describeIssues(schema, checked.error.issues, parsed.locator)) {
        report({
          ...problem.position,
          field: fieldName(problem.path),
          severity: "error",
          message: problem.message,
          fix: problem.fix,
        });
      }
    }
    const rawId = parsed.data.id;
    const stem = path.basename(contentFile.relativePath, ".md");
    if (typeof rawId === "string" && rawId !== stem) {
      report({
        ...parsed.locator.locate(["id"]),
        field: "id",
        severity: "error",
        message: `The id "${rawId}" does not match the file name "${stem}.md"`,
        fix: `Rename the file to ${rawId}.md, or set id: ${stem}`,
      });
    }
    if (contentFile.collection === "providers") {
      if (typeof rawId === "string") providerIds.add(rawId);
      if (checked.success) validProviders.push({ file, parsed, data: checked.data as Provider });
    } else {
      const salvaged = checked.success
        ? { data: checked.data as Course, invalidFields: new Set<string>() }
        : salvageFields<Course>(courseSchema, parsed.data);
      courses.push({ file, parsed, folder: contentFile.relativePath.split("/")[1] ?? "", ...salvaged });
    }
  }

  reportDuplicateIds(findings, "provider", validProviders);
  reportDuplicateIds(
    findings,
    "course",
    courses.filter((course) => !course.invalidFields.has("id")),
  );

  const providers = new Map(validProviders.map((entry) => [entry.data.id, entry.data]));
  for (const course of courses) {
    const at = (fieldPath: readonly (string | number)[], anchor?: readonly (string | number)[]) =>
      course.parsed.locator.locate(fieldPath, anchor);
    if (!course.invalidFields.has("provider") && course.folder !== course.data.provider) {
      findings.push({
        file: course.file,
        ...at(["provider"]),
        field: "provider",
        severity: "error",
        message: `The course is in the folder "${course.folder}" but names the provider "${course.data.provider}"`,
        fix: `Move the file to content/courses/${course.data.provider}/, or correct provider:`,
      });
    }
    for (const finding of checkCourse(
      { course: course.data, providers, providerIds, asOf: options.asOf },
      course.invalidFields,
    )) {
      findings.push({
        file: course.file,
        ...at(finding.path, finding.anchor),
        field: fieldName(finding.path),
        severity: finding.severity,
        message: finding.message,
        fix: finding.fix,
      });
    }
  }

  return {
    findings: findings.sort(byLocation),
    fileCount: files.length,
    providers: validProviders.map(({ file, data }) => ({ file, data })),
    courses: courses.filter((course) => course.invalidFields.size === 0).map(({ file, data }) => ({ file, data })),
  };
}

/** Reports every entry that reuses an id an earlier file already has. */
function reportDuplicateIds(
  findings: Finding[],
  noun: string,
  entries: readonly { file: string; parsed: ParsedFile; data: { id: string } }[],
) {
  const firstFileById = new Map<string, string>();
  for (const entry of entries) {
    const earlier = firstFileById.get(entry.data.id);
    if (earlier) {
      findings.push({
        file: entry.file,
        ...entry.parsed.locator.locate(["id"]),
        field: "id",
        severity: "error",
        message: `Another ${noun} already has the id "${entry.data.id}" (${earlier})`,
        fix: "Choose an id no other entry uses, and rename the file to match",
      });
    } else {
      firstFileById.set(entry.data.id, entry.file);
    }
  }
}
