/**
 * Property-based tests: whatever a pull request contains, the validator
 * answers with no errors or with structured findings (file, line and column
 * from 1, severity, message and fix) — never an exception, never a hang.
 * Most cases run the one-file check in memory; a few hundred go through the
 * file system and the whole catalogue, as `npm run validate` does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintInProcess } from "../../src/validator/core/body-lint.ts";
import { checkEntryBytes, checkEntryText, type EntryCheck } from "../../src/validator/core/check-file.ts";
import type { Finding } from "../../src/validator/core/finding.ts";
import {
  editedValidFile,
  HOSTILE_FRAGMENTS,
  nestedFile,
  replacedFieldFile,
  yamlishFile,
} from "../helpers/arbitraries.ts";
import { minimalCatalogue, validateFiles } from "../helpers/catalogue.ts";

/** Longest one case may take. Real files take milliseconds; this only catches runaway work, with room for a busy machine. */
const CASE_TIME_LIMIT_MS = 10_000;

/** Asserts one finding is complete and points into the file. */
function expectStructured(finding: Finding, lineCount: number): void {
  expect(finding.file).toMatch(/\S/);
  expect(Number.isInteger(finding.line) && finding.line >= 1 && finding.line <= lineCount + 1).toBe(true);
  expect(Number.isInteger(finding.column) && finding.column >= 1).toBe(true);
  expect(["error", "warning"]).toContain(finding.severity);
  expect(typeof finding.field).toBe("string");
  expect(finding.message).toMatch(/\S/);
  expect(finding.fix).toMatch(/\S/);
}

/** Asserts a one-file check ended in no errors (and a valid entry) or in structured findings. */
function expectOkOrStructured(check: EntryCheck, text: string): void {
  const lineCount = text.split("\n").length;
  for (const finding of check.findings) expectStructured({ file: "entry.md", ...finding }, lineCount);
  if (!check.findings.some((finding) => finding.severity === "error")) expect(check.checked?.success).toBe(true);
}

/** Runs `check` and fails the case if it throws or takes longer than the limit. */
async function timed<T>(check: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await check();
  expect(performance.now() - started).toBeLessThan(CASE_TIME_LIMIT_MS);
  return result;
}

const checkText = (text: string, collection: "courses" | "providers" = "courses") =>
  timed(() => checkEntryText(text, { collection, stem: "fixture-course" }, lintInProcess));

const property = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, run: (value: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arbitrary, run), { numRuns });

describe("any input to the one-file check gives OK or structured findings", () => {
  it("random Unicode text (2,000 cases)", async () => {
    await property(fc.string({ unit: "binary", maxLength: 300 }), 2_000, async (text) => {
      expectOkOrStructured(await checkText(text), text);
    });
  });

  it("random text between front matter fences (1,500 cases)", async () => {
    const text = fc
      .tuple(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }))
      .map(([front, body]) => `---\n${front}\n---\n${body}`);
    await property(text, 1_500, async (file) => {
      expectOkOrStructured(await checkText(file), file);
    });
  });

  it("front matter built from real field names, real values and hostile fragments (3,000 cases)", async () => {
    await property(
      fc.tuple(yamlishFile, fc.constantFrom("courses", "providers") as fc.Arbitrary<"courses" | "providers">),
      3_000,
      async ([file, collection]) => {
        expectOkOrStructured(await checkText(file, collection), file);
      },
    );
  });

  it("valid entries with random edits (1,500 cases)", async () => {
    await property(editedValidFile, 1_500, async ({ text, collection }) => {
      expectOkOrStructured(await checkText(text, collection), text);
    });
  });

  it("valid entries with one field, at any depth, replaced by a value of any shape (1,500 cases)", async () => {
    await property(replacedFieldFile, 1_500, async ({ text, collection }) => {
      expectOkOrStructured(await checkText(text, collection), text);
    });
  });

  it("randomly nested YAML values and Markdown (600 cases)", async () => {
    await property(nestedFile, 600, async (file) => {
      expectOkOrStructured(await checkText(file), file);
    });
  });

  it("random bytes, and valid files with random bytes spliced in (1,000 cases)", async () => {
    const encoder = new TextEncoder();
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc
        .tuple(editedValidFile, fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.nat())
        .map(([{ text }, noise, at]) => {
          const valid = encoder.encode(text);
          const index = at % valid.length;
          return new Uint8Array([...valid.subarray(0, index), ...noise, ...valid.subarray(index)]);
        }),
    );
    await property(bytes, 1_000, async (input) => {
      const check = await timed(() =>
        checkEntryBytes(input, { collection: "courses", stem: "fixture-course" }, lintInProcess),
      );
      expectOkOrStructured(check, new TextDecoder().decode(input));
    });
  });
});

describe("any file in content/ gives OK or structured findings from the whole validator", () => {
  it("through the file system, with the time-limited Markdown check (150 cases)", async () => {
    const courseFile = fc.oneof(
      yamlishFile,
      editedValidFile.map(({ text }) => text),
      fc.constantFrom(...HOSTILE_FRAGMENTS),
    );
    await property(courseFile, 150, async (text) => {
      const result = await timed(() =>
        validateFiles({ ...minimalCatalogue(), "courses/fixture-university/fixture-course.md": text }),
      );
      const lineCount = Math.max(text.split("\n").length, 60);
      for (const finding of result.findings) {
        expect(finding.file.startsWith("content/")).toBe(true);
        expectStructured(finding, lineCount);
      }
    });
  });
});
