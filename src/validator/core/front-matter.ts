import matter from "gray-matter";
import yaml from "js-yaml";
import { createLocator, type Locator } from "./locate.ts";
import { ANCHOR_FIX, ANCHOR_MESSAGE, findAnchorOrAlias, hasSharedValues } from "./yaml-anchors.ts";

/** A content file split into parsed front matter and Markdown body. */
export interface ParsedFile {
  /** The front matter's fields (js-yaml 4, YAML only): what the schema checks and the pages are built from. */
  readonly data: Record<string, unknown>;
  /** The front matter text as written, from the end of the opening `---` line (its line 1 is file line 1). */
  readonly rawFrontMatter: string;
  /** The Markdown body after the closing `---`. */
  readonly body: string;
  /** 1-based file line on which the body starts. */
  readonly bodyLine: number;
  /** Where front matter fields are written in the file. */
  readonly locator: Locator;
}

/** Why a file could not be parsed, with where and how to fix it. */
export interface ParseFailure {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fix: string;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; failure: ParseFailure };

/**
 * gray-matter runs `---js` front matter through `eval` unless told otherwise,
 * and `engines: { js: false }` does not stop it; an engine that throws does.
 */
const refuseToRun = (): never => {
  throw new Error("JavaScript front matter is never run");
};

/** js-yaml 4 reads the YAML; the build takes the catalogue from the validator, so pages show exactly what was checked. */
const readYaml = (source: string): object => (yaml.load(source) ?? {}) as object;

/** The opening line; anything after the hyphens is what gray-matter takes as the language. */
const OPENING_LINE = /^---([^\r\n]*)\r?\n/;

/**
 * Parses a content file's front matter safely: YAML only, never executed.
 * A UTF-8 byte order mark is allowed, as some editors write one.
 */
export function parseFrontMatter(source: string): ParseResult {
  const text = source.replace(/^\uFEFF/, "");
  const fail = (line: number, column: number, message: string, fix: string): ParseResult => ({
    ok: false,
    failure: { line, column, message, fix },
  });

  if (text.startsWith("+++")) {
    return fail(
      1,
      1,
      "TOML front matter (+++) is not accepted",
      "Write the front matter as YAML between two lines of three hyphens (---)",
    );
  }
  const opening = OPENING_LINE.exec(text);
  if (!opening && /^\s*---/.test(text)) {
    return fail(1, 1, "The front matter must start on the first line", "Remove the blank lines above the first ---");
  }
  if (!opening) {
    return fail(
      1,
      1,
      "The file has no front matter",
      "Start the file with a line of three hyphens (---), the fields, and another line of ---",
    );
  }
  // gray-matter trims the rest of the line (including non-breaking spaces) to find the language.
  const language = (opening[1] ?? "").trim();
  if (language !== "") {
    return fail(
      1,
      4,
      `Front matter marked '${language}' is refused and was not run; only YAML is accepted`,
      "Change the first line to exactly --- and write the fields as YAML",
    );
  }

  // Other front-matter readers end the front matter at the first line that starts with --- or +++,
  // whatever follows on that line; gray-matter stops only at ---. A +++ line is refused so that every
  // reader of the file sees the fields that were checked.
  const afterOpening = text.slice(opening[0].length - 1);
  const closing = /\n(---|\+\+\+)/.exec(afterOpening);
  if (!closing) {
    return fail(1, 1, "The front matter is never closed", "Add a line of three hyphens (---) after the last field");
  }
  if (closing[1] === "+++") {
    const line = afterOpening.slice(0, closing.index + 1).split("\n").length;
    return fail(
      line,
      1,
      "A line starting with +++ would end the front matter early for the site builder",
      "Reword or indent the line so it does not start with +++",
    );
  }

  // Anchors and aliases are refused before any YAML is loaded (see yaml-anchors.ts).
  const anchor = findAnchorOrAlias(afterOpening.slice(0, closing.index + 1));
  if (anchor) return fail(anchor.line, anchor.column, ANCHOR_MESSAGE, ANCHOR_FIX);

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { language: "yaml", engines: { yaml: readYaml, js: refuseToRun, javascript: refuseToRun } });
  } catch (cause) {
    if (cause instanceof yaml.YAMLException) {
      const line = cause.mark ? cause.mark.line + 1 : 1;
      const column = cause.mark ? cause.mark.column + 1 : 1;
      if (cause.reason === "duplicated mapping key") {
        const key = /^\s*([^:#]+?)\s*:/.exec(text.split(/\r?\n/)[line - 1] ?? "")?.[1] ?? "a field";
        return fail(
          line,
          column,
          `The field "${key}" is written twice`,
          "Keep one of them; otherwise it is unclear which value is meant",
        );
      }
      return fail(
        line,
        column,
        `The front matter is not valid YAML: ${cause.reason}`,
        "Check indentation, colons after field names, and quotes around text containing ': ' or '#'",
      );
    }
    throw cause;
  }
  const data: unknown = parsed.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail(
      2,
      1,
      "The front matter must be a set of fields (key: value lines)",
      "Write each field on its own line as name: value",
    );
  }
  if (hasSharedValues(data)) return fail(2, 1, ANCHOR_MESSAGE, ANCHOR_FIX);
  const bodyStart = text.length - parsed.content.length;
  const bodyLine = text.slice(0, bodyStart).split("\n").length;
  return {
    ok: true,
    file: {
      data: data as Record<string, unknown>,
      rawFrontMatter: parsed.matter,
      body: parsed.content,
      bodyLine,
      locator: createLocator(parsed.matter, 1),
    },
  };
}
