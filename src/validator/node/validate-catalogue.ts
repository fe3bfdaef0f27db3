import { readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { placeOfPostcode } from "../../domain/places/place-data.ts";
import { courseSchema, type Course, type Pathway, type Provider } from "../../domain/schema/index.ts";
import { BODY_TIME_LIMIT_MS, lintWithTimeLimit, whileLinting } from "./body-lint-limit.ts";
import { checkEntryBytes, type FileFinding } from "../core/check-file.ts";
import { listContentFiles, type ContentFile } from "./content-files.ts";
import { courseContextFindings, type ReadCourse } from "../core/course-context.ts";
import { duplicateIdMessage } from "../core/duplicate-id.ts";
import { pathwayContextFindings } from "../core/pathway-context.ts";
import { byLocation, type Finding } from "../core/finding.ts";
import type { ParsedFile } from "../core/front-matter.ts";
import { salvageFields } from "../core/salvage.ts";
import { mapLimited } from "./map-limited.ts";
import { checkFileSize } from "../core/unsafe-text.ts";
import type { ValidationResult } from "../core/validation-result.ts";

export type { ValidEntry, ValidationResult } from "../core/validation-result.ts";

/** Files checked at once, so reading and parsing overlap the description checks in their own thread. */
const FILES_AT_ONCE = 16;

export interface ValidationOptions {
  /** Folder holding providers/, courses/ and pathways/. */
  readonly contentDir: string;
  /** Paths in findings are written relative to this folder. */
  readonly projectRoot: string;
  /** Date to judge review dates against, YYYY-MM-DD. */
  readonly asOf: string;
  /** Time allowed to check one description, in milliseconds (tests shorten it). */
  readonly bodyTimeLimitMs?: number;
}

/** A course read from its file, and the file's path. */
interface CourseInFile extends ReadCourse {
  readonly file: string;
}

type Report = (finding: FileFinding) => void;

/** What one file yielded: its parsed front matter and the schema's verdict, when it could be read. */
interface ReadEntry {
  readonly parsed: ParsedFile;
  readonly checked: z.ZodSafeParseResult<unknown>;
}

/**
 * Reads and checks one file on its own (see core/check-file.ts), reporting every
 * problem. Files in the wrong place, and files over the size limit, are
 * refused without being read.
 */
async function readEntry(
  contentFile: ContentFile,
  report: Report,
  bodyTimeLimitMs: number,
): Promise<ReadEntry | undefined> {
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
  const tooLarge = checkFileSize(contentFile.size);
  if (tooLarge) {
    report({ ...tooLarge, field: "", severity: "error" });
    return undefined;
  }
  const result = await checkEntryBytes(
    await readFile(contentFile.absolutePath),
    { collection: contentFile.collection, stem: path.basename(contentFile.relativePath, ".md") },
    lintWithTimeLimit(bodyTimeLimitMs),
  );
  for (const finding of result.findings) report(finding);
  return result.parsed && result.checked ? { parsed: result.parsed, checked: result.checked } : undefined;
}

/**
 * Checks every file under the content folder and reports every problem in one
 * run: parse errors, schema errors, body problems, file placement, duplicate
 * ids and the cross-field rules (with the venue checks against the place data, which the
 * browser form leaves out), so a contributor can fix them all before the next run.
 */
export async function validateCatalogue(options: ValidationOptions): Promise<ValidationResult> {
  const findings: Finding[] = [];
  const files = await listContentFiles(options.contentDir);
  const validProviders: { file: string; parsed: ParsedFile; data: Provider }[] = [];
  const courses: CourseInFile[] = [];
  const validPathways: { file: string; parsed: ParsedFile; data: Pathway }[] = [];
  // Every provider file counts as existing, even a broken one, so its courses are not
  // also told that their provider is missing: the problem is reported once, in its own file.
  const providerIds = new Set(
    files.filter((f) => f.collection === "providers").map((f) => path.basename(f.relativePath, ".md")),
  );

  const read = await whileLinting(() =>
    mapLimited(files, FILES_AT_ONCE, async (contentFile) => {
      const file = path.relative(options.projectRoot, contentFile.absolutePath).split(path.sep).join("/");
      const report: Report = (finding) => findings.push({ file, ...finding });
      return { file, entry: await readEntry(contentFile, report, options.bodyTimeLimitMs ?? BODY_TIME_LIMIT_MS) };
    }),
  );
  for (const [index, { file, entry }] of read.entries()) {
    const contentFile = files[index]!;
    if (!entry || !contentFile.collection) continue;
    const { parsed, checked } = entry;
    const rawId = parsed.data.id;
    if (contentFile.collection === "providers") {
      if (typeof rawId === "string") providerIds.add(rawId);
      if (checked.success) validProviders.push({ file, parsed, data: checked.data as Provider });
    } else if (contentFile.collection === "pathways") {
      if (checked.success) validPathways.push({ file, parsed, data: checked.data as Pathway });
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
  reportDuplicateIds(findings, "pathway", validPathways);

  const providers = new Map(validProviders.map((entry) => [entry.data.id, entry.data]));
  for (const course of courses) {
    const catalogue = { providers, providerIds, asOf: options.asOf, placeOfPostcode };
    for (const finding of courseContextFindings(course, catalogue)) {
      findings.push({ file: course.file, ...finding });
    }
  }

  // Pathways against the courses, indexed by id once: every course file's id counts as existing (a
  // broken course is reported in its own file), and only courses with valid credits are measured.
  const courseIds = new Set<string>();
  const creditedCourses = new Map<string, Course>();
  for (const course of courses) {
    if (course.invalidFields.has("id")) continue;
    courseIds.add(course.data.id);
    const measurable = ["credits", "creditStatus", "status"].every((field) => !course.invalidFields.has(field));
    if (measurable && !creditedCourses.has(course.data.id)) creditedCourses.set(course.data.id, course.data);
  }
  for (const pathway of validPathways) {
    const catalogue = { providers, providerIds, courses: creditedCourses, courseIds, asOf: options.asOf };
    for (const finding of pathwayContextFindings(pathway, catalogue)) {
      findings.push({ file: pathway.file, ...finding });
    }
  }

  return {
    findings: findings.sort(byLocation),
    fileCount: files.length,
    providers: validProviders.map(({ file, data, parsed }) => ({ file, data, body: parsed.body })),
    courses: courses
      .filter((course) => course.invalidFields.size === 0)
      .map(({ file, data, parsed }) => ({ file, data, body: parsed.body })),
    pathways: validPathways.map(({ file, data, parsed }) => ({ file, data, body: parsed.body })),
  };
}

/** Reports every entry that reuses an id an earlier file already has. */
function reportDuplicateIds(
  findings: Finding[],
  noun: "course" | "provider" | "pathway",
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
        message: duplicateIdMessage(noun, entry.data.id, earlier),
        fix: "Choose an id no other entry uses, and rename the file to match",
      });
    } else {
      firstFileById.set(entry.data.id, entry.file);
    }
  }
}
