import type { z } from "zod";
import type { Locator, Position } from "./locate.ts";
import { knownKeysAt } from "./schema-keys.ts";
import { didYouMean } from "./suggest.ts";
import { fieldName } from "./finding.ts";
import { isImportTodo } from "../../domain/import-todo.ts";
import type { FieldWording } from "../../domain/schema/index.ts";

/** Finds a field's plain-English wording by its path (the course schema's `courseFieldWording`). */
export type WordingLookup = (path: readonly PropertyKey[]) => FieldWording | undefined;

/** A schema problem in plain English, before it is given a file. */
export interface SchemaProblem {
  readonly path: readonly PropertyKey[];
  readonly position: Position;
  readonly message: string;
  readonly fix: string;
}

const listAllowed = (values: readonly unknown[]) => {
  const shown = values.slice(0, 12).map(String).join(", ");
  return values.length > 12
    ? `${shown}, … (${values.length} in all; 'npm run vocabulary' lists them with their meanings)`
    : shown;
};

/** Plain-English names for the types zod expects. */
const EXPECTED: Partial<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
  date: "a date",
};

const describeType = (input: unknown): string => {
  if (input === null) return "nothing (an empty value)";
  if (Array.isArray(input)) return "a list";
  if (input instanceof Date)
    return `the date ${Number.isNaN(input.getTime()) ? "(invalid)" : input.toISOString().slice(0, 10)}`;
  if (typeof input === "number")
    return Number.isNaN(input) ? "a value that is not a number" : `the number ${String(input)}`;
  if (typeof input === "string") return `the text "${input}"`;
  return typeof input === "object" ? "a group of fields" : `${typeof input} ${String(input)}`;
};

/**
 * Turns zod's issues into messages a web officer can act on: the field, what
 * was expected, and how to fix it. Unknown keys and unknown vocabulary values
 * get a "did you mean" for near misses.
 */
export function describeIssues(
  schema: z.core.$ZodType,
  issues: readonly z.core.$ZodIssue[],
  locator: Locator,
  wordingAt: WordingLookup = () => undefined,
): SchemaProblem[] {
  return describeTechnically(schema, issues, locator).map((problem) => {
    const issue = problem.issue;
    const wording = wordingAt(problem.path);
    const plain = issue && wording ? plainMessage(issue, wording) : undefined;
    const { issue: _issue, ...rest } = problem;
    // The plain words lead; the technical message stays in the fix for people editing the file.
    return plain && plain !== rest.message ? { ...rest, message: plain, fix: `${rest.message}. ${rest.fix}` } : rest;
  });
}

/** Whether an issue means the answer is missing: absent, an empty list or empty text. */
const isMissing = (issue: z.core.$ZodIssue) =>
  (issue.input === undefined && issue.code !== "unrecognized_keys") ||
  (issue.code === "too_small" && (issue.origin === "array" || issue.origin === "string") && Number(issue.minimum) <= 1);

/** The field's own words for an issue, when it has words for that kind of problem. */
function plainMessage(issue: z.core.$ZodIssue, wording: FieldWording): string | undefined {
  if (issue.code === "unrecognized_keys") return undefined;
  if (isMissing(issue)) return wording.missing;
  if (issue.code === "too_big" && issue.origin === "string" && wording.tooLong)
    return wording.tooLong.replace("{max}", String(issue.maximum));
  // A refinement's own message (a repeated list value, a contact with no way in) says what is wrong,
  // unless the field has words for a value that cannot be right (a date that does not exist).
  if (issue.code === "custom") return wording.invalid;
  return wording.invalid;
}

/** The validator's file-oriented messages, each with the zod issue it came from. */
function describeTechnically(
  schema: z.core.$ZodType,
  issues: readonly z.core.$ZodIssue[],
  locator: Locator,
): (SchemaProblem & { issue?: z.core.$ZodIssue })[] {
  const problems = issues.flatMap((issue): (SchemaProblem & { issue: z.core.$ZodIssue })[] => {
    const path = issue.path;
    // An importer's TODO is reported once, in its own words, by check-file.ts.
    if (isImportTodo(issue.input)) return [];
    const problem = (
      at: readonly PropertyKey[],
      message: string,
      fix: string,
    ): SchemaProblem & { issue: z.core.$ZodIssue } => ({
      path: at,
      position: locator.locate(at),
      message,
      fix,
      issue,
    });
    const name = fieldName(path);
    // A missing field fails whatever check comes first (type, list of values, date…): say it is missing.
    if (issue.input === undefined && issue.code !== "unrecognized_keys" && issue.code !== "custom") {
      return [problem(path, `Missing required field "${name}"`, `Add ${String(path.at(-1))}: to the front matter`)];
    }
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownKeysAt(schema, path);
        return issue.keys.map((key) => {
          const guess = didYouMean(key, known);
          return problem(
            [...path, key],
            `Unknown field "${key}"`,
            guess ? `Did you mean "${guess}"?` : `Remove it; the fields allowed here are: ${known.join(", ")}`,
          );
        });
      }
      case "invalid_type": {
        const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`;
        const fix =
          issue.expected === "string" && typeof issue.input === "number"
            ? "Put the value in quotes so it is kept exactly as written (YAML drops a leading 0, for example)"
            : issue.message.startsWith("Invalid input")
              ? `Write ${name} as ${expected}`
              : issue.message;
        return [problem(path, `Expected ${expected}, found ${describeType(issue.input)}`, fix)];
      }
      case "invalid_value": {
        // Only text, numbers and the like are quoted: String() of a YAML mapping
        // with a `toString` key throws, and "[object Object]" would say nothing.
        if (typeof issue.input === "object" && issue.input !== null) {
          return [
            problem(
              path,
              `Expected one of the allowed values for ${name}, found ${describeType(issue.input)}`,
              `Use one of: ${listAllowed(issue.values)}`,
            ),
          ];
        }
        const input = String(issue.input);
        const allowed = issue.values.map(String);
        const guess = didYouMean(input, allowed);
        return [
          problem(
            path,
            `"${input}" is not an allowed value for ${name}`,
            guess ? `Did you mean "${guess}"?` : `Use one of: ${listAllowed(allowed)}`,
          ),
        ];
      }
      case "invalid_union":
        return [problem(path, `${name} is not in a form this field accepts`, issue.message)];
      default:
        return [problem(path, issue.message, fixFor(issue))];
    }
  });
  // One bad value can break several checks with the same message (a URL's scheme and host, say).
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${fieldName(problem.path)}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A fix hint for issues whose message already says what is wrong. */
function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_big":
      return issue.origin === "array" ? "Remove some items" : "Shorten it";
    case "too_small":
      return issue.origin === "array" ? "Add the missing items" : "Fill it in";
    case "invalid_format":
      if (issue.format === "url") return "Copy the full address from your browser's address bar";
      if (issue.format === "email") return "Check the address for typos";
      return "Follow the example in the message";
    case "custom": {
      const fix = (issue.params as { fix?: unknown } | undefined)?.fix;
      return typeof fix === "string" ? fix : "Correct the value as the message says";
    }
    default:
      return "Correct the value as the message says";
  }
}
