import type { Severity } from "../../domain/rules/index.ts";

/** One problem in one file, located precisely enough to jump to it in an editor. */
export interface Finding {
  /** File path relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line of the offending key (or of the file's start when no key applies). */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** Field path such as `presentations[0].end`, or "" for the whole file. */
  readonly field: string;
  readonly severity: Severity;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** Writes a path like ["presentations", 0, "end"] as `presentations[0].end`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === "number") return `${name}[${key}]`;
    return name === "" ? String(key) : `${name}.${String(key)}`;
  }, "");
}

/** Orders findings by file, then line, so output reads top to bottom. */
export function byLocation(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
