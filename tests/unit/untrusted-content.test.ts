import { courseWording } from "../../src/domain/schema/index.ts";
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { rm, symlink, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { lintInProcess } from "../../src/validator/core/body-lint.ts";
import { checkEntryBytes, checkEntryText, type EntryContext } from "../../src/validator/core/check-file.ts";
import { formatGithub, formatText } from "../../src/validator/core/report.ts";
import { MAX_FILE_BYTES } from "../../src/validator/core/unsafe-text.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import { hasSharedValues } from "../../src/validator/core/yaml-anchors.ts";
import {
  FIXTURE_AS_OF,
  lines,
  minimalCatalogue,
  toMarkdown,
  validCourse,
  validProvider,
  validateFiles,
  writeCatalogue,
} from "../helpers/catalogue.ts";

const COURSE_FILE = "courses/fixture-university/fixture-course.md";
const COURSE: EntryContext = { collection: "courses", stem: "fixture-course" };
const PROVIDER: EntryContext = { collection: "providers", stem: "fixture-university" };

/** Findings for one course file's text, checked in memory, as `line:col field: message`. */
async function check(text: string, context = COURSE): Promise<string[]> {
  const { findings } = await checkEntryText(text, context, lintInProcess);
  return findings.map((f) => `${f.line}:${f.column} ${f.field || "-"}: ${f.message}`);
}

/** The same with each finding's fix, where the file-oriented detail follows a field's plain words. */
async function checkWithFix(text: string, context = COURSE): Promise<string[]> {
  const { findings } = await checkEntryText(text, context, lintInProcess);
  return findings.map((f) => `${f.line}:${f.column} ${f.field || "-"}: ${f.message} (${f.fix})`);
}

const validCourseText = (overrides: Record<string, unknown> = {}, body?: string) =>
  toMarkdown(validCourse(overrides), body);

describe("file size", () => {
  it("refuses a file over 256 KB, and accepts one of exactly 256 KB", async () => {
    const start = validCourseText({}, "");
    const pad = (size: number) => `${start}${"Learning together. ".repeat(size).slice(0, size - start.length - 1)}\n`;
    const result = await validateFiles({ ...minimalCatalogue(), [COURSE_FILE]: pad(MAX_FILE_BYTES + 1) });
    expect(lines(result)).toEqual([
      `content/${COURSE_FILE}:1:1 error -: The file is 257 KB; files over 256 KB are refused (Shorten the description; an entry is a page or two of text, and anything longer belongs on the provider's own website)`,
    ]);
    expect(Buffer.byteLength(pad(MAX_FILE_BYTES))).toBe(MAX_FILE_BYTES);
    expect(lines(await validateFiles({ ...minimalCatalogue(), [COURSE_FILE]: pad(MAX_FILE_BYTES) }))).toEqual([]);
  });

  it("refuses a huge file from its size alone, without reading it", async () => {
    // A 3 GB sparse file: reading it would fail (Node cannot hold it in one buffer) or exhaust memory.
    const { projectRoot, contentDir } = await writeCatalogue(minimalCatalogue());
    const huge = path.join(contentDir, "courses/fixture-university/huge.md");
    await writeFile(huge, "");
    await truncate(huge, 3 * 1024 ** 3);
    const started = performance.now();
    const result = await validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF }).finally(() => rm(huge));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(lines(result)).toEqual([
      expect.stringContaining("huge.md:1:1 error -: The file is 3145728 KB; files over 256 KB are refused"),
    ]);
  });

  it("checks the size of bytes given in memory too", async () => {
    const { findings } = await checkEntryBytes(new Uint8Array(MAX_FILE_BYTES + 1), COURSE, lintInProcess);
    expect(findings.map((f) => f.message)).toEqual(["The file is 257 KB; files over 256 KB are refused"]);
  });
});

describe("text that is not plain text", () => {
  it("refuses a NUL character, at its line and column, in the front matter or the description", async () => {
    expect(await check(validCourseText().replace("title: ", "title: Inter\u0000"))).toEqual([
      "3:13 -: The file contains a NUL character (a zero byte), so it is not plain text",
    ]);
    expect(await check(validCourseText({}, "First line.\nSecond\u0000line.\n"))).toEqual([
      `${validCourseText({}, "").split("\n").length + 1}:7 -: The file contains a NUL character (a zero byte), so it is not plain text`,
    ]);
  });

  it("refuses a file saved as UTF-16, which is not UTF-8", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(validCourseText(), "utf16le")]);
    const { findings } = await checkEntryBytes(utf16, COURSE, lintInProcess);
    expect(findings.map((f) => f.message)).toEqual(["The file is not valid UTF-8 text"]);
    // Without its byte order mark, UTF-16 of ASCII text is valid UTF-8 full of NUL bytes.
    const bare = await checkEntryBytes(Buffer.from(validCourseText(), "utf16le"), COURSE, lintInProcess);
    expect(bare.findings.map((f) => f.message)).toEqual([
      "The file contains a NUL character (a zero byte), so it is not plain text",
    ]);
  });

  it("accepts a UTF-8 byte order mark and Windows line ends, and still reports at the right line", async () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, "\r\n")}`;
    const clean = await validateFiles({ ...minimalCatalogue(), [COURSE_FILE]: crlf(validCourseText()) });
    expect(lines(clean)).toEqual([]);
    const broken = await validateFiles({
      ...minimalCatalogue(),
      [COURSE_FILE]: crlf(validCourseText({ themes: ["not-a-theme"] })),
    });
    const themesLine = validCourseText().split("\n").indexOf("themes:") + 1;
    expect(lines(broken)).toEqual([
      expect.stringContaining(
        `${COURSE_FILE}:${themesLine + 1}:5 error themes[0]: "not-a-theme" is not an allowed value`,
      ),
    ]);
  });
});

describe("invisible text-direction characters (Trojan Source)", () => {
  const titleLine = 3;

  it.each([
    ["right-to-left override", "\u202E", "U+202E, right-to-left override"],
    ["left-to-right embedding", "\u202A", "U+202A, left-to-right embedding"],
    ["right-to-left isolate", "\u2067", "U+2067, right-to-left isolate"],
    ["pop directional isolate", "\u2069", "U+2069, pop directional isolate"],
    ["right-to-left mark", "\u200F", "U+200F, right-to-left mark"],
    ["arabic letter mark", "\u061C", "U+061C, arabic letter mark"],
  ])("refuses a %s in a title, naming the field", async (_name, character, described) => {
    const text = validCourseText({ title: `Safe practice ${character}gnitset` });
    expect(await check(text)).toEqual([
      `${titleLine}:22 title: An invisible text-direction character (${described}) is not allowed`,
    ]);
  });

  it("refuses one in a nested value, an id and a summary, each at its own line", async () => {
    const text = validCourseText({
      id: "fixture-course\u2066",
      summary: "Nurses\u202B learn together.",
      serviceUserInvolvement: { modes: ["planning"], description: "Carers \u202Ehelped." },
    });
    const found = await check(text);
    expect(found.filter((line) => line.includes("text-direction"))).toEqual([
      "2:19 id: An invisible text-direction character (U+2066, left-to-right isolate) is not allowed",
      "4:16 summary: An invisible text-direction character (U+202B, right-to-left embedding) is not allowed",
      expect.stringMatching(
        /^\d+:\d+ serviceUserInvolvement\.description: An invisible text-direction character \(U\+202E/,
      ),
    ]);
    // The id also fails the id pattern, so the slug rule is a second line of defence.
    expect(found).toContainEqual(expect.stringContaining(`id: ${courseWording.id.invalid}`));
  });

  it("refuses one in the description and in a YAML comment", async () => {
    const text = validCourseText({}, "Plain text.\nA link to [the \u202Eoffice](https://example.org).\n");
    const bodyLine = validCourseText({}, "").split("\n").length + 1;
    expect(await check(text)).toEqual([
      `${bodyLine}:16 (description): An invisible text-direction character (U+202E, right-to-left override) is not allowed`,
    ]);
    expect(await check(validCourseText().replace("title: ", "# note \u2067\ntitle: "))).toEqual([
      "3:8 -: An invisible text-direction character (U+2067, right-to-left isolate) is not allowed",
    ]);
  });

  it("shows such characters as escapes when a finding quotes them, so the report itself cannot be reordered", () => {
    const finding = {
      file: "content/x.md",
      line: 1,
      column: 1,
      field: "themes[0]",
      severity: "error" as const,
      message: '"a\u202Eb\u001b[2Jc" is not an allowed value\nfake.md:1:1 error',
      fix: "x",
    };
    const text = formatText([finding], 1).split("\n")[0]!;
    expect(text).toBe(
      'content/x.md:1:1  error  themes[0]  "a\\u{202E}b\\u{001B}[2Jc" is not an allowed value\\u{000A}fake.md:1:1 error  (x)',
    );
    expect(formatGithub([finding])).toContain("a\\u{202E}b\\u{001B}[2Jc");
  });
});

describe("YAML anchors and aliases", () => {
  const laughs = [
    "---",
    "id: fixture-course",
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    ...["b", "c", "d", "e", "f", "g", "h", "i"].map(
      (name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(", ")}]`,
    ),
    "---",
    "Body.",
    "",
  ].join("\n");

  it("refuses a billion-laughs bomb at its first anchor, quickly", async () => {
    const started = performance.now();
    const result = await validateFiles({ ...minimalCatalogue(), [COURSE_FILE]: laughs });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(lines(result)).toEqual([
      `content/${COURSE_FILE}:3:4 error -: YAML anchors and aliases (&name, *name) are not allowed (Write the value out in full; if the text starts with & or *, put it in quotes)`,
    ]);
  });

  const anchorAt = (line: number, column: number) =>
    `${line}:${column} -: YAML anchors and aliases (&name, *name) are not allowed`;

  it.each([
    ["an anchor alone", (text: string) => text.replace("title: ", "title: &t "), anchorAt(3, 8)],
    [
      "a mapping merged in with << and an alias",
      (text: string) =>
        text.replace(
          "contact:\n  email: cpd@fixture.example.ac.uk",
          "contact: &c { email: a@b.example }\nvenue:\n  <<: *c",
        ),
      anchorAt(50, 10),
    ],
    [
      "an anchor on a list item",
      (text: string) => text.replace("learningOutcomes:\n  - ", "learningOutcomes:\n  - &o "),
      anchorAt(20, 5),
    ],
    [
      "unquoted text that starts with *",
      (text: string) => text.replace(/^title: .*$/m, "title: *Safe* practice"),
      anchorAt(3, 8),
    ],
  ])("refuses %s", async (_name, edit, expected) => {
    expect(await check(edit(validCourseText()))).toEqual([expected]);
  });

  it("accepts & and * inside ordinary text", async () => {
    const text = validCourseText({
      title: "Nurses & carers: *learning* together",
      summary: "Tom & Jerry *live* & well",
    }).replace(/^summary: .*$/m, "summary: Nurses & carers learn *together* & apart");
    expect(await check(text)).toEqual([]);
  });

  it("has a second line of defence that spots values used twice after parsing", () => {
    const shared = { email: "a@b.example" };
    expect(hasSharedValues({ contact: shared, other: [shared] })).toBe(true);
    expect(hasSharedValues({ contact: { email: "a@b.example" }, other: [{ email: "a@b.example" }] })).toBe(false);
  });
});

describe("duplicate keys", () => {
  it("refuses a key written twice inside a nested group", async () => {
    const text = validCourseText().replace(
      "contact:\n  email: cpd@fixture.example.ac.uk",
      "contact:\n  email: cpd@fixture.example.ac.uk\n  email: attacker@example.org",
    );
    expect(await check(text)).toEqual([expect.stringMatching(/^\d+:3 -: The field "email" is written twice$/)]);
  });
});

describe("values of an unexpected shape", () => {
  it("describes a group of fields given for a listed value, even one with a toString key", async () => {
    // String() of such a mapping throws; the validator once crashed on it (found by the property tests).
    const text = validCourseText().replace("creditStatus: accredited", "creditStatus:\n  toString: x");
    expect(await check(text)).toEqual([
      "26:1 creditStatus: Expected one of the allowed values for creditStatus, found a group of fields",
    ]);
  });
});

describe("ids and references that try to leave their folder", () => {
  const attempts = ["../x", "..%2Fx", "%2e%2e", "..", ".", "a/b", "a\\b", "/etc/passwd", "C:\\x", "~/x", "x/../../y"];
  const slugMessage = "Use lowercase letters, digits and single hyphens only, like 'north-lakes-university'";

  it.each(attempts)(
    "refuses %j as an id, a provider, a partner, a rating university and an awarding body",
    async (value) => {
      const text = validCourseText({
        id: value,
        provider: value,
        partners: [{ provider: value, roles: ["planning"] }],
        awardingBody: value,
        creditRating: { ratedBy: value, requestedFrom: value },
      });
      const found = await checkWithFix(text);
      for (const field of [
        "id",
        "provider",
        "partners[0].provider",
        "awardingBody",
        "creditRating.ratedBy",
        "creditRating.requestedFrom",
      ]) {
        expect(found).toContainEqual(
          expect.stringMatching(new RegExp(`^\\d+:\\d+ ${field.replace(/[[\].]/g, "\\$&")}: .*${slugMessage}`)),
        );
      }
    },
  );

  it("refuses them as a provider's id too", async () => {
    for (const value of attempts) {
      expect(await check(toMarkdown(validProvider({ id: value })), PROVIDER)).toContainEqual(
        expect.stringMatching(new RegExp(`^2:1 id: ${slugMessage.replace(/[()]/g, "\\$&")}`)),
      );
    }
  });
});

describe("web addresses in the front matter", () => {
  const obfuscated = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "  javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript&#58;alert(1)",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "https:javascript:alert(1)",
    "//evil.example/x",
    "http://example.org/",
    "file:///etc/passwd",
  ];

  it.each(obfuscated)("refuses %j in every URL field", async (url) => {
    const run = (validCourse().presentations as Record<string, unknown>[])[0]!;
    const text = validCourseText({
      url,
      contact: { email: "cpd@fixture.example.ac.uk", url },
      presentations: [{ ...run, applyUrl: url }],
    });
    const found = await checkWithFix(text);
    for (const field of ["url", "contact.url", "presentations[0].applyUrl"]) {
      expect(found).toContainEqual(
        expect.stringMatching(
          new RegExp(`^\\d+:\\d+ ${field.replace(/[[\].]/g, "\\$&")}: .*Expected a full web address`),
        ),
      );
    }
    const provider = await check(toMarkdown(validProvider({ url })), PROVIDER);
    expect(provider).toContainEqual(
      expect.stringMatching(/^\d+:1 url: Expected a full web address starting with https:\/\//),
    );
  });

  it("accepts a plain https address", async () => {
    expect(await check(validCourseText({ url: "https://www.fixture.example.ac.uk/courses/ipp" }))).toEqual([]);
  });
});

describe("files that are not ordinary files", () => {
  it("refuses a symbolic link to a folder without following it", async () => {
    const { projectRoot, contentDir } = await writeCatalogue(minimalCatalogue());
    await symlink("/etc", path.join(contentDir, "courses/etc"));
    const result = await validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF });
    expect(lines(result)).toEqual([
      "content/courses/etc:1:1 error -: Symbolic links are not allowed in content/; commit the file itself (Move or remove the file)",
    ]);
  });

  it("refuses a named pipe, which would never finish being read", async () => {
    const { projectRoot, contentDir } = await writeCatalogue(minimalCatalogue());
    const pipe = path.join(contentDir, "courses/fixture-university/pipe.md");
    try {
      execFileSync("mkfifo", [pipe]);
    } catch {
      return; // no mkfifo on this machine; nothing to test
    }
    const result = await validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF });
    expect(lines(result)).toEqual([
      "content/courses/fixture-university/pipe.md:1:1 error -: Only ordinary files belong in content/; this is a pipe, socket or device (Move or remove the file)",
    ]);
  });
});

describe("descriptions built to slow the checker down", () => {
  it("stops a description that takes too long and still checks the next file", async () => {
    const hostile = validCourseText({}, `${">".repeat(40_000)} deep\n`);
    const { projectRoot, contentDir } = await writeCatalogue({
      ...minimalCatalogue(),
      [COURSE_FILE]: hostile,
      "courses/fixture-university/second-course.md": validCourseText(
        { id: "second-course" },
        "Fine, but [a link](javascript:alert(1)).\n",
      ),
    });
    const started = performance.now();
    const result = await validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF, bodyTimeLimitMs: 500 });
    expect(performance.now() - started).toBeLessThan(5_000);
    const bodyLine = validCourseText({}, "").split("\n").length;
    expect(lines(result)).toEqual([
      `content/${COURSE_FILE}:${bodyLine}:1 error (description): The description took more than 0.5 seconds to check, so it was not accepted (Simplify it: shorter paragraphs, and quotes and lists at most a few levels deep (a normal description takes a fraction of a second))`,
      expect.stringContaining(
        'second-course.md:55:11 error (description): Links must go to a web page; "javascript:" links are not allowed',
      ),
    ]);
  });

  it("reports nesting too deep for the parser instead of crashing", async () => {
    // The lint thread with a small stack overflows at a few hundred levels, quickly.
    const thread = new Worker(new URL("../../src/validator/node/body-lint-worker.ts", import.meta.url), {
      resourceLimits: { stackSizeMb: 0.3 },
    });
    try {
      expect((await once(thread, "message"))[0]).toBe("ready");
      thread.postMessage({ id: 1, body: `${"> - ".repeat(600)}x\n` });
      const [reply] = await once(thread, "message");
      expect(reply).toEqual({
        id: 1,
        problems: [
          {
            line: 1,
            column: 1,
            message: "The description is nested too deeply to read (quotes or lists inside each other)",
            fix: "Use plain paragraphs and lists at most a few levels deep",
          },
        ],
      });
    } finally {
      await thread.terminate();
    }
  });
});
