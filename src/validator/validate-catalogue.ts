import { readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { checkCourse } from "../domain/rules/index.ts";
import { courseSchema, providerSchema, type Course, type Provider } from "../domain/schema/index.ts";
import { lintBody } from "./body-lint.ts";
import { listContentFiles, type CollectionName } from "./content-files.ts";
import { byLocation, fieldName, type Finding } from "./finding.ts";
import { parseFrontMatter, type ParsedFile } from "./front-matter.ts";
import { describeIssues } from "./schema-findings.ts";
import { findImpossibleDates } from "./written-dates.ts";

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

const schemas = { providers: providerSchema, courses: courseSchema } satisfies Record<CollectionName, z.ZodType>;

/** Refuses bytes that are not UTF-8 text, since the build would garble or drop them. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Checks every file under the content folder and reports every problem in one
 * run: parse errors, schema errors, body problems, file placement, duplicate
 * ids and the cross-field rules. Astro's own build stops at the first.
 */
export async function validateCatalogue(options: ValidationOptions): Promise<ValidationResult> {
  const findings: Finding[] = [];
  const parsedProviders: { file: string; parsed: ParsedFile; data: Provider }[] = [];
  const parsedCourses: { file: string; parsed: ParsedFile; data: Course; folder: string }[] = [];
  const providerIds = new Set<string>();
  const files = await listContentFiles(options.contentDir);

  for (const contentFile of files) {
    const file = path.relative(options.projectRoot, contentFile.absolutePath).split(path.sep).join("/");
    const report = (
      line: number,
      column: number,
      field: string,
      message: string,
      fix: string,
      severity: Finding["severity"] = "error",
    ) => findings.push({ file, line, column, field, severity, message, fix });

    if (contentFile.misplaced || !contentFile.collection) {
      report(1, 1, "", contentFile.misplaced ?? "Unexpected file", "Move or remove the file");
      continue;
    }
    let source: string;
    try {
      source = strictUtf8.decode(await readFile(contentFile.absolutePath));
    } catch {
      report(1, 1, "", "The file is not valid UTF-8 text", "Save the file as UTF-8 in your editor");
      continue;
    }
    const result = parseFrontMatter(source);
    if (!result.ok) {
      report(result.failure.line, result.failure.column, "", result.failure.message, result.failure.fix);
      continue;
    }
    const parsed = result.file;
    for (const date of findImpossibleDates(parsed.rawFrontMatter)) {
      report(
        date.line,
        date.column,
        "",
        `${date.written} is not a real date`,
        "Check the day and month; YAML would silently roll it over to another date",
      );
    }
    for (const problem of lintBody(parsed.body)) {
      report(parsed.bodyLine + problem.line - 1, problem.column, "(description)", problem.message, problem.fix);
    }
    if (contentFile.collection === "providers" && typeof parsed.data.id === "string") providerIds.add(parsed.data.id);
    const schema = schemas[contentFile.collection];
    const checked = schema.safeParse(parsed.data, { reportInput: true });
    if (!checked.success) {
      for (const problem of describeIssues(schema, checked.error.issues, parsed.locator)) {
        report(problem.position.line, problem.position.column, fieldName(problem.path), problem.message, problem.fix);
      }
      continue;
    }
    const stem = path.basename(contentFile.relativePath, ".md");
    if (checked.data.id !== stem) {
      const at = parsed.locator.locate(["id"]);
      report(
        at.line,
        at.column,
        "id",
        `The id "${checked.data.id}" does not match the file name "${stem}.md"`,
        `Rename the file to ${checked.data.id}.md, or set id: ${stem}`,
      );
    }
    if (contentFile.collection === "providers") {
      parsedProviders.push({ file, parsed, data: checked.data as Provider });
    } else {
      const folder = contentFile.relativePath.split("/")[1] ?? "";
      parsedCourses.push({ file, parsed, data: checked.data as Course, folder });
    }
  }

  const providers = new Map<string, Provider>();
  for (const [collection, entries] of [
    ["providers", parsedProviders],
    ["courses", parsedCourses],
  ] as const) {
    const firstFileById = new Map<string, string>();
    for (const entry of entries) {
      const earlier = firstFileById.get(entry.data.id);
      if (earlier) {
        const at = entry.parsed.locator.locate(["id"]);
        findings.push({
          file: entry.file,
          ...at,
          field: "id",
          severity: "error",
          message: `Another ${collection === "providers" ? "provider" : "course"} already has the id "${entry.data.id}" (${earlier})`,
          fix: "Choose an id no other entry uses, and rename the file to match",
        });
      } else {
        firstFileById.set(entry.data.id, entry.file);
      }
    }
  }
  for (const entry of parsedProviders) providers.set(entry.data.id, entry.data);

  for (const entry of parsedCourses) {
    if (entry.folder !== entry.data.provider) {
      const at = entry.parsed.locator.locate(["provider"]);
      findings.push({
        file: entry.file,
        ...at,
        field: "provider",
        severity: "error",
        message: `The course is in the folder "${entry.folder}" but names the provider "${entry.data.provider}"`,
        fix: `Move the file to content/courses/${entry.data.provider}/, or correct provider:`,
      });
    }
    for (const finding of checkCourse({ course: entry.data, providers, providerIds, asOf: options.asOf })) {
      const at = entry.parsed.locator.locate(finding.path, finding.anchor);
      findings.push({
        file: entry.file,
        ...at,
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
    providers: parsedProviders.map(({ file, data }) => ({ file, data })),
    courses: parsedCourses.map(({ file, data }) => ({ file, data })),
  };
}
