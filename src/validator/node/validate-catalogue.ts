import { readFileSync } from "node:fs";
import path from "node:path";
import { placeOfPostcode } from "../../domain/places/place-data.ts";
import { courseSchema, type Course, type Pathway, type Provider } from "../../domain/schema/index.ts";
import { BODY_TIME_LIMIT_MS, isLimitProblem, lintWithTimeLimit, whileLinting } from "./body-lint-limit.ts";
import type { BodyLinter } from "../core/body-lint.ts";
import { checkEntryBytes, decodeEntryBytes, parseEntryText, type FileFinding } from "../core/check-file.ts";
import { listContentFiles, type ContentFile } from "./content-files.ts";
import { courseContextFindings, type ReadCourse } from "../core/course-context.ts";
import { duplicateIdMessage } from "../core/duplicate-id.ts";
import { pathwayContextFindings } from "../core/pathway-context.ts";
import { byLocation, type Finding } from "../core/finding.ts";
import type { Locator } from "../core/locate.ts";
import { salvageFields } from "../core/salvage.ts";
import { mapLimited } from "./map-limited.ts";
import { checkFileSize } from "../core/unsafe-text.ts";
import type { ValidationResult } from "../core/validation-result.ts";
import { contentHash, ValidationCache, type CacheUse } from "./validation-cache.ts";

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
  /**
   * Folder to keep each file's own results in between runs (validation-cache.ts), so unchanged
   * files are not checked again; the rules across entries always run. No cache when left out.
   */
  readonly cacheDir?: string | undefined;
  /** The cache's code key (tests set one; by default a hash of the validator's code, see validation-cache.ts). */
  readonly cacheKey?: string;
}

/** What checking a catalogue yields, and how much of it came from the cache. */
export interface CatalogueValidation extends ValidationResult {
  /** Files answered from the cache and files checked, when a cache was used. */
  readonly cache?: CacheUse;
}

/** A course read from its file, and the file's path. */
interface CourseInFile extends ReadCourse {
  readonly file: string;
  readonly body: string;
}

type Report = (finding: FileFinding) => void;

/** What one file yielded, checked now or answered from the cache, when its front matter could be read. */
interface ReadEntry {
  /** The front matter's `id` as written. */
  readonly rawId: unknown;
  /** The schema's output, or the front matter as read when the schema refused it. */
  readonly checked:
    | { readonly success: true; readonly data: unknown }
    | { readonly success: false; readonly raw: Record<string, unknown> };
  readonly locator: Locator;
  readonly body: string;
}

/** A locator for a file answered from the cache, which parses the text again only if a rule points into it. */
function lazyLocator(text: string): Locator {
  let locator: Locator | undefined;
  const parsed = () => {
    if (locator) return locator;
    const result = parseEntryText(text);
    if (!result.ok) throw new Error("A cached entry no longer parses");
    return (locator = result.file.locator);
  };
  return {
    locate: (fieldPath, fallback) => parsed().locate(fieldPath, fallback),
    fieldAt: (at) => parsed().fieldAt(at),
  };
}

/**
 * Reads and checks one file on its own (see core/check-file.ts), reporting every
 * problem. Files in the wrong place, and files over the size limit, are
 * refused without being read. With a cache, a file whose bytes are unchanged
 * gives its stored findings and data instead of being checked again.
 */
async function readEntry(
  contentFile: ContentFile,
  report: Report,
  bodyTimeLimitMs: number,
  cache: ValidationCache | undefined,
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
  // Synchronous: entries are small, and the promise API's open, stat, read and close cost 60 µs a file more (3 s at 50,000).
  const bytes = readFileSync(contentFile.absolutePath);
  const hash = cache ? contentHash(bytes) : "";
  const cached = await cache?.lookup(contentFile.relativePath, hash);
  if (cached) {
    for (const finding of cached.findings) report(finding);
    const text = decodeEntryBytes(bytes);
    return {
      rawId: cached.rawId,
      checked: { success: true, data: cached.data },
      locator: lazyLocator(text),
      body: text.slice(cached.bodyStart),
    };
  }
  // A description refused for time or memory depends on the machine's load, so that result is not kept.
  let hitALimit = false;
  const limited = lintWithTimeLimit(bodyTimeLimitMs);
  const lint: BodyLinter = async (body) => {
    const problems = await limited(body);
    if (problems.some(isLimitProblem)) hitALimit = true;
    return problems;
  };
  const result = await checkEntryBytes(
    bytes,
    { collection: contentFile.collection, stem: path.basename(contentFile.relativePath, ".md") },
    lint,
  );
  for (const finding of result.findings) report(finding);
  const { parsed, checked } = result;
  if (!parsed || !checked) return undefined;
  const rawId = parsed.data.id;
  if (cache && checked.success && !hitALimit) {
    const text = decodeEntryBytes(bytes);
    if (text.endsWith(parsed.body)) {
      await cache.store(contentFile.relativePath, {
        hash,
        findings: result.findings,
        rawId: typeof rawId === "string" ? rawId : undefined,
        data: checked.data,
        bodyStart: text.length - parsed.body.length,
      });
    }
  }
  return {
    rawId,
    checked: checked.success ? { success: true, data: checked.data } : { success: false, raw: parsed.data },
    locator: parsed.locator,
    body: parsed.body,
  };
}

/**
 * Checks every file under the content folder and reports every problem in one
 * run: parse errors, schema errors, body problems, file placement, duplicate
 * ids and the cross-field rules (with the venue checks against the place data, which the
 * browser form leaves out), so a contributor can fix them all before the next run.
 */
export async function validateCatalogue(options: ValidationOptions): Promise<CatalogueValidation> {
  const findings: Finding[] = [];
  const files = await listContentFiles(options.contentDir);
  const cache = options.cacheDir
    ? await ValidationCache.open(options.cacheDir, options.contentDir, options.cacheKey)
    : undefined;
  const validProviders: { file: string; locator: Locator; body: string; data: Provider }[] = [];
  const courses: CourseInFile[] = [];
  const validPathways: { file: string; locator: Locator; body: string; data: Pathway }[] = [];
  // Every provider file counts as existing, even a broken one, so its courses are not
  // also told that their provider is missing: the problem is reported once, in its own file.
  const providerIds = new Set(
    files.filter((f) => f.collection === "providers").map((f) => path.basename(f.relativePath, ".md")),
  );

  const read = await whileLinting(() =>
    mapLimited(files, FILES_AT_ONCE, async (contentFile) => {
      const file = path.relative(options.projectRoot, contentFile.absolutePath).split(path.sep).join("/");
      const report: Report = (finding) => findings.push({ file, ...finding });
      const bodyTimeLimitMs = options.bodyTimeLimitMs ?? BODY_TIME_LIMIT_MS;
      return { file, entry: await readEntry(contentFile, report, bodyTimeLimitMs, cache) };
    }),
  );
  // Keeping the cache must never fail a check: a folder that cannot be written only costs the next run time.
  await cache?.save().catch(() => undefined);
  for (const [index, { file, entry }] of read.entries()) {
    const contentFile = files[index]!;
    if (!entry || !contentFile.collection) continue;
    const { rawId, checked, locator, body } = entry;
    if (contentFile.collection === "providers") {
      if (typeof rawId === "string") providerIds.add(rawId);
      if (checked.success) validProviders.push({ file, locator, body, data: checked.data as Provider });
    } else if (contentFile.collection === "pathways") {
      if (checked.success) validPathways.push({ file, locator, body, data: checked.data as Pathway });
    } else {
      const salvaged = checked.success
        ? { data: checked.data as Course, invalidFields: new Set<string>() }
        : salvageFields<Course>(courseSchema, checked.raw);
      courses.push({
        file,
        parsed: { locator },
        body,
        folder: contentFile.relativePath.split("/")[1] ?? "",
        ...salvaged,
      });
    }
  }

  reportDuplicateIds(
    findings,
    "provider",
    validProviders.map(({ file, locator, data }) => ({ file, locator, data })),
  );
  reportDuplicateIds(
    findings,
    "course",
    courses
      .filter((course) => !course.invalidFields.has("id"))
      .map(({ file, parsed, data }) => ({ file, locator: parsed.locator, data })),
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
    providers: validProviders.map(({ file, data, body }) => ({ file, data, body })),
    courses: courses
      .filter((course) => course.invalidFields.size === 0)
      .map(({ file, data, body }) => ({ file, data, body })),
    pathways: validPathways.map(({ file, data, body }) => ({ file, data, body })),
    ...(cache ? { cache: cache.use } : {}),
  };
}

/** Reports every entry that reuses an id an earlier file already has. */
function reportDuplicateIds(
  findings: Finding[],
  noun: "course" | "provider" | "pathway",
  entries: readonly { file: string; locator: Locator; data: { id: string } }[],
) {
  const firstFileById = new Map<string, string>();
  for (const entry of entries) {
    const earlier = firstFileById.get(entry.data.id);
    if (earlier) {
      findings.push({
        file: entry.file,
        ...entry.locator.locate(["id"]),
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
