/**
 * fast-check generators for content files: random text, YAML-ish front matter
 * built from fragments of real field names and values, hostile fragments,
 * random nesting and random edits of valid files. They aim at the validator's
 * edges (YAML syntax, Markdown syntax, the schema) rather than at random noise.
 */
import fc from "fast-check";
import { courseSchema, providerSchema } from "../../src/domain/schema/index.ts";
import { knownKeysAt } from "../../src/validator/core/schema-keys.ts";
import { toMarkdown, validCourse, validProvider } from "./catalogue.ts";

/** Every field name the schemas know, at any depth, plus near misses and YAML oddities. */
const NESTED_PATHS = [
  [],
  ["partners"],
  ["serviceUserInvolvement"],
  ["credits"],
  ["creditRating"],
  ["frameworkAlignment"],
  ["presentations"],
  ["presentations", "venue"],
  ["presentations", "cost"],
  ["contact"],
];
export const FIELD_NAMES = [
  ...new Set([
    ...NESTED_PATHS.flatMap((path) => knownKeysAt(courseSchema, path)),
    ...knownKeysAt(providerSchema, []),
    "sumary",
    "Title",
    "<<",
    "__proto__",
    "constructor",
    "toString",
    "",
    "? complex",
    '"quoted key"',
    "key with spaces",
  ]),
];

/** Scalar values as written in real entries (taken from the fixtures, not spelled out here). */
const REAL_VALUES = [
  ...new Set(
    [validCourse(), validProvider()].flatMap((entry) =>
      JSON.stringify(entry)
        .match(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false/g)!
        .map((token) => (token.startsWith('"') ? (JSON.parse(token) as string) : token)),
    ),
  ),
];

/** Fragments that have broken YAML parsers, Markdown parsers or the site before. */
export const HOSTILE_FRAGMENTS = [
  "&a",
  "*a",
  "&a [1, 2]",
  "<<: *a",
  "!!js/function 'function(){}'",
  "!!binary aGk=",
  "!!python/object:os.system",
  "!custom x",
  "~",
  "null",
  "[",
  "]",
  "{",
  "}",
  "'",
  '"',
  "|",
  ">-",
  "#",
  "---",
  "+++",
  "...",
  "%YAML 1.1",
  "\t",
  "\r",
  "\r\n",
  "\u202E",
  "\u2066",
  "\u0000",
  "\uFEFF",
  "\uD800",
  "\u001B[2J",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>",
  "vbscript:x",
  " https://example.org",
  "https://example.org",
  "010",
  "0x1F",
  "1_000",
  "1e400",
  "-.inf",
  ".nan",
  "2027-02-30",
  "2027-02-01T10:00:00+05:00",
  "2027-02-01",
  "- ",
  ": ",
  "? ",
  ",",
  "<script>alert(1)</script>",
  "<!-- x -->",
  "`",
  "@",
  "%",
  "\\",
  "\\u0000",
  "😀",
  "é",
  "../../etc/passwd",
  "a".repeat(200),
];

const MARKDOWN_FRAGMENTS = [
  "Learning together.",
  "# Heading",
  "## Heading",
  "> quoted",
  "- item",
  "* item",
  "1. item",
  "   - nested",
  "    indented code",
  "```",
  "~~~",
  "*em*",
  "**strong**",
  "_em_",
  "[link](https://example.org)",
  "[x](javascript:alert(1))",
  "[x](java&#x09;script:alert(1))",
  "[x][r]",
  "[r]: data:text/html,x",
  "<https://example.org>",
  "<javascript:alert(1)>",
  "![img](https://example.org/x.png)",
  "<b>bold</b>",
  "<!-- hidden -->",
  "|a|b|\n|-|-|\n|1|2|",
  "&#106;",
  "&amp;",
  "\\",
  "---",
  "***",
  "",
];

/** A string that mixes real words, hostile fragments and random characters. */
export const fragmentText = (fragments: readonly string[], maxLength = 8): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 6, unit: "binary" })), { maxLength })
    .map((parts) => parts.join(""));

/** A YAML-ish scalar: a real value, a hostile fragment, or a mix. */
const scalar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...REAL_VALUES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 2, arbitrary: fragmentText([...REAL_VALUES, ...HOSTILE_FRAGMENTS], 4) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** One front matter line: a field, a list item, a bare fragment, at some indentation. */
const frontMatterLine = fc
  .tuple(
    fc.oneof(
      { weight: 8, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: fc.constantFrom("  ", "    ", "  - ", "- ", "\t", " ") },
    ),
    fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.constantFrom(": ", ":", ": ", " : ")) },
      { weight: 1, arbitrary: fc.constant(["", ""] as const) },
    ),
    fc.oneof({ weight: 5, arbitrary: scalar }, { weight: 1, arbitrary: fc.constant("") }),
  )
  .map(([indent, [key, separator], value]) => `${indent}${key}${separator}${value}`);

const markdownBody = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...MARKDOWN_FRAGMENTS) },
      { weight: 1, arbitrary: fragmentText([...MARKDOWN_FRAGMENTS, ...HOSTILE_FRAGMENTS], 4) },
    ),
    { maxLength: 12 },
  )
  .chain((parts) => fc.constantFrom("\n", "\n\n", " ", "\r\n").map((glue) => parts.join(glue)));

/** A content file whose front matter is assembled from field names, values and hostile fragments. */
export const yamlishFile: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 12, arbitrary: fc.constant("---\n") },
      { weight: 1, arbitrary: fc.constantFrom("---\r\n", "\uFEFF---\n", "--- \n", "---js\n", "+++\n", "\n---\n", "") },
    ),
    fc.array(frontMatterLine, { maxLength: 25 }),
    fc.oneof(
      { weight: 12, arbitrary: fc.constant("\n---\n") },
      { weight: 1, arbitrary: fc.constantFrom("\r\n---\r\n", "\n--- # end\n", "\n+++\n", "\n") },
    ),
    markdownBody,
  )
  .map(([open, lines, close, body]) => `${open}${lines.join("\n")}${close}${body}`);

/** A YAML value tree of random shape, written in flow or block style, nested up to `depth`. */
const yamlTree = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...REAL_VALUES) }, { weight: 1, arbitrary: scalar }),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...FIELD_NAMES), tie("node"), { maxKeys: 4 }),
  ),
})).node;

/** Writes a value as YAML by hand (not with a YAML library), so odd text reaches the parser unescaped. */
function writeYaml(value: unknown, indent: string, flow: boolean): string {
  if (Array.isArray(value)) {
    if (flow || value.length === 0) return `[${value.map((item) => writeYaml(item, indent, true)).join(", ")}]`;
    return value.map((item) => `\n${indent}- ${writeYaml(item, `${indent}  `, false)}`).join("");
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (flow || entries.length === 0)
      return `{${entries.map(([key, item]) => `${key}: ${writeYaml(item, indent, true)}`).join(", ")}}`;
    return entries.map(([key, item]) => `\n${indent}${key}: ${writeYaml(item, `${indent}  `, false)}`).join("");
  }
  return String(value);
}

/** Files with randomly nested front matter values, and Markdown nested by quotes and lists. */
export const nestedFile: fc.Arbitrary<string> = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...FIELD_NAMES), yamlTree, { maxKeys: 6 }),
    fc.boolean(),
    fc.integer({ min: 0, max: 110 }),
    fc.constantFrom("> ", "- ", "1. ", "> - ", "  ", "[", "*", "**_"),
    fc.integer({ min: 0, max: 150 }),
  )
  .map(
    ([fields, flow, yamlDepth, marker, markdownDepth]) =>
      `---\n${Object.entries(fields)
        .map(([key, value]) => `${key}: ${writeYaml(value, "  ", flow)}`)
        .join(
          "\n",
        )}\ndeep: ${"[".repeat(yamlDepth)}${"]".repeat(yamlDepth)}\n---\n${marker.repeat(markdownDepth)}text\n`,
  );

/** Random edits (insert, delete, duplicate, replace) to a valid course or provider file. */
export const editedValidFile: fc.Arbitrary<{ text: string; collection: "courses" | "providers" }> = fc
  .tuple(
    fc.constantFrom(
      { text: toMarkdown(validCourse()), collection: "courses" as const },
      { text: toMarkdown(validProvider()), collection: "providers" as const },
    ),
    fc.array(
      fc.tuple(
        fc.constantFrom("insert", "delete", "duplicate-line", "replace"),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS, ...FIELD_NAMES, ...REAL_VALUES), fc.string({ maxLength: 8 })),
      ),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([{ text, collection }, edits]) => {
    let edited = text;
    for (const [kind, at, length, fragment] of edits) {
      const index = at % (edited.length + 1);
      if (kind === "insert") edited = edited.slice(0, index) + fragment + edited.slice(index);
      else if (kind === "delete") edited = edited.slice(0, index) + edited.slice(index + length);
      else if (kind === "replace") edited = edited.slice(0, index) + fragment + edited.slice(index + fragment.length);
      else {
        const lines = edited.split("\n");
        const line = index % lines.length;
        lines.splice(line, 0, lines[line]!);
        edited = lines.join("\n");
      }
    }
    return { text: edited, collection };
  });

/** Every path to a value in an entry, such as ["presentations", 0, "venue", "town"]. */
function pathsIn(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value !== "object" || value === null) return [path];
  const children = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [path, ...children.flatMap(([key, child]) => pathsIn(child, [...path, key]))];
}

/** A copy of `entry` with the value at `path` replaced. */
function replaceAt(entry: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = (Array.isArray(entry) ? [...entry] : { ...(entry as object) }) as Record<PropertyKey, unknown>;
  copy[path[0]!] = replaceAt(copy[path[0]!], path.slice(1), value);
  return copy;
}

/**
 * A valid course or provider with one field, at any depth, replaced by a random
 * value of any shape: aims squarely at the schema and its messages.
 */
export const replacedFieldFile: fc.Arbitrary<{ text: string; collection: "courses" | "providers" }> = fc
  .tuple(
    fc.constantFrom(
      { entry: validCourse(), collection: "courses" as const },
      { entry: validProvider(), collection: "providers" as const },
    ),
    fc.nat(),
    yamlTree,
    fc.boolean(),
  )
  .map(([{ entry, collection }, pick, value, flow]) => {
    const paths = pathsIn(entry).filter((path) => path.length > 0);
    const replaced = replaceAt(entry, paths[pick % paths.length]!, value) as Record<string, unknown>;
    const lines = Object.entries(replaced).map(([key, item]) => `${key}: ${writeYaml(item, "  ", flow)}`);
    return { text: `---\n${lines.join("\n")}\n---\nA description.\n`, collection };
  });
