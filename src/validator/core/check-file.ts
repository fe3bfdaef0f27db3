import type { z } from "zod";
import { providerHasFeedDetails } from "../../domain/rules/index.ts";
import {
  courseFieldWording,
  courseSchema,
  pathwayFieldWording,
  pathwaySchema,
  providerSchema,
  type Provider,
} from "../../domain/schema/index.ts";
import type { BodyLinter } from "./body-lint.ts";
import { fieldName, type Finding } from "./finding.ts";
import { parseFrontMatter, type ParsedFile, type ParseResult } from "./front-matter.ts";
import { findImportTodos, instructionOf } from "./import-todos.ts";
import { isImportTodo } from "../../domain/import-todo.ts";
import { describeIssues } from "./schema-findings.ts";
import { checkFileSize, findBidiControls, findNul } from "./unsafe-text.ts";
import { findDateProblems } from "./written-dates.ts";

/**
 * The three collections, as the content folder holds them: providers/<id>.md,
 * courses/<provider-id>/<id>.md and pathways/<id>.md.
 */
export type CollectionName = "providers" | "courses" | "pathways";

/** Each collection's schema and the plain-English wording of its fields. */
const collectionSchemas = {
  providers: { schema: providerSchema, wordingAt: undefined },
  courses: { schema: courseSchema, wordingAt: courseFieldWording },
  pathways: { schema: pathwaySchema, wordingAt: pathwayFieldWording },
} as const;

/** A finding before it is given its file's path. */
export type FileFinding = Omit<Finding, "file">;

/** What one file is, as its place in content/ says. */
export interface EntryContext {
  readonly collection: CollectionName;
  /** The file name without `.md`, which must equal the entry's id. */
  readonly stem: string;
}

/** Everything that can be learned from one file on its own, without the rest of the catalogue. */
export interface EntryCheck {
  /** Problems in this file, in the order found. */
  readonly findings: FileFinding[];
  /** The parsed file, when its front matter could be read. */
  readonly parsed?: ParsedFile;
  /** The schema's verdict on the front matter, when it could be read. */
  readonly checked?: z.ZodSafeParseResult<unknown>;
}

/** Refuses bytes that are not UTF-8 text, since the build would garble or drop them. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** A file's bytes as the text checkEntryBytes checks (a leading byte order mark dropped); throws on bytes that are not UTF-8. */
export const decodeEntryBytes = (bytes: Uint8Array): string => strictUtf8.decode(bytes);

const fileLevel = (problem: Omit<FileFinding, "field" | "severity">): FileFinding => ({
  ...problem,
  field: "",
  severity: "error",
});

/**
 * Checks one file's bytes: size and encoding, then everything `checkEntryText` checks.
 * `validateCatalogue` reads each file and calls this, and the tests call it in memory, so both
 * go through one code path.
 */
export async function checkEntryBytes(bytes: Uint8Array, context: EntryContext, lint: BodyLinter): Promise<EntryCheck> {
  const tooLarge = checkFileSize(bytes.byteLength);
  if (tooLarge) return { findings: [fileLevel(tooLarge)] };
  let text: string;
  try {
    text = decodeEntryBytes(bytes);
  } catch {
    return {
      findings: [
        fileLevel({
          line: 1,
          column: 1,
          message: "The file is not valid UTF-8 text",
          fix: "Save the file as UTF-8 in your editor",
        }),
      ],
    };
  }
  return checkEntryText(text, context, lint);
}

/** Splits an entry's text into front matter and description as checkEntryText does (a byte order mark allowed). */
export const parseEntryText = (source: string): ParseResult => parseFrontMatter(source.replace(/^\uFEFF/, ""));

/**
 * Checks one file's text: unsafe characters, front matter (YAML only, never
 * run), written dates, the description, the schema and the id. Never throws
 * for anything the text contains; every problem becomes a finding. The validator
 * passes the time-limited linter; the browser form and tests pass `lintInProcess`.
 */
export async function checkEntryText(source: string, context: EntryContext, lint: BodyLinter): Promise<EntryCheck> {
  const text = source.replace(/^\uFEFF/, "");
  const nul = findNul(text);
  if (nul) return { findings: [fileLevel(nul)] };
  const findings: FileFinding[] = [];
  const invisible = findBidiControls(text);

  const result = parseEntryText(source);
  if (!result.ok) {
    findings.push(...invisible.map(fileLevel), fileLevel(result.failure));
    return { findings };
  }
  const parsed = result.file;
  for (const problem of invisible) {
    const inBody = problem.line >= parsed.bodyLine;
    findings.push({
      ...problem,
      field: inBody ? "(description)" : fieldName(parsed.locator.fieldAt(problem)),
      severity: "error",
    });
  }
  for (const problem of findDateProblems(parsed.rawFrontMatter)) findings.push(fileLevel(problem));
  for (const problem of await lint(parsed.body)) {
    findings.push({
      ...problem,
      line: parsed.bodyLine + problem.line - 1,
      field: "(description)",
      severity: "error",
    });
  }

  // An importer's TODOs, each as one clear error; the schema stays silent about them (schema-findings.ts).
  for (const todo of findImportTodos(parsed.data)) {
    findings.push({
      ...parsed.locator.locate(todo.path),
      field: fieldName(todo.path),
      severity: "error",
      message: `Still to do: ${todo.instruction}`,
      fix: "Replace the whole TODO text with your answer",
    });
  }
  if (isImportTodo(parsed.body)) {
    findings.push({
      line: parsed.bodyLine,
      column: 1,
      field: "(description)",
      severity: "error",
      message: `Still to do: ${instructionOf(parsed.body)}`,
      fix: "Replace the TODO paragraph with the description",
    });
  }

  const { schema, wordingAt } = collectionSchemas[context.collection];
  const checked = (schema as z.ZodType).safeParse(parsed.data, { reportInput: true });
  if (!checked.success) {
    for (const problem of describeIssues(schema, checked.error.issues, parsed.locator, wordingAt)) {
      findings.push({
        ...problem.position,
        field: fieldName(problem.path),
        severity: "error",
        message: problem.message,
        fix: problem.fix,
      });
    }
  }
  // Provider-wide rules run on a valid provider; a course's rules run with its catalogue (course-context.ts).
  if (checked.success && context.collection === "providers") {
    for (const finding of providerHasFeedDetails(checked.data as Provider)) {
      findings.push({
        ...parsed.locator.locate(finding.path, finding.anchor),
        field: fieldName(finding.path),
        severity: finding.severity,
        message: finding.message,
        fix: finding.fix,
      });
    }
  }
  const rawId = parsed.data.id;
  if (typeof rawId === "string" && rawId !== context.stem) {
    findings.push({
      ...parsed.locator.locate(["id"]),
      field: "id",
      severity: "error",
      message: `The id "${rawId}" does not match the file name "${context.stem}.md"`,
      fix: `Rename the file to ${rawId}.md, or set id: ${context.stem}`,
    });
  }
  return { findings, parsed, checked };
}
