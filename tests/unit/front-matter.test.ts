import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/validator/core/front-matter.ts";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import {
  FIXTURE_AS_OF,
  lines,
  minimalCatalogue,
  toMarkdown,
  validCourse,
  validateFiles,
  writeCatalogue,
} from "../helpers/catalogue.ts";

const failureOf = (source: string) => {
  const result = parseFrontMatter(source);
  if (result.ok) throw new Error("expected the parse to fail");
  return result.failure;
};

describe("front matter parsing", () => {
  it.each(["js", "javascript", "JS", "JavaScript"])("refuses ---%s front matter without running it", (language) => {
    const marker = `ran_${language}`;
    const source = `---${language}\n{ title: (globalThis.${marker} = "yes") }\n---\nBody\n`;
    const failure = failureOf(source);
    expect(failure.message).toBe(`Front matter marked '${language}' is refused and was not run; only YAML is accepted`);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it("refuses JavaScript front matter even after whitespace on the opening line", () => {
    const source = `--- javascript\nmodule.exports = { title: (globalThis.ran_spaced = "yes") }\n---\nBody\n`;
    expect(failureOf(source).message).toContain("refused and was not run");
    expect((globalThis as Record<string, unknown>).ran_spaced).toBeUndefined();
  });

  it("refuses TOML front matter", () => {
    expect(failureOf('+++\ntitle = "x"\n+++\nBody\n').message).toBe("TOML front matter (+++) is not accepted");
  });

  it("reports a file with no front matter", () => {
    expect(failureOf("# Just a heading\n").message).toBe("The file has no front matter");
  });

  it("reports front matter that is never closed", () => {
    expect(failureOf("---\nid: x\ntitle: y\nBody text\n").message).toBe("The front matter is never closed");
  });

  it("reports blank lines above the front matter", () => {
    expect(failureOf("\n\n---\nid: x\n---\nBody\n").message).toBe("The front matter must start on the first line");
  });

  it("reports an impossible date that YAML would roll over", async () => {
    const course = toMarkdown(validCourse()).replace("reviewDue: '2027-10-01'", "reviewDue: 2027-02-30");
    const result = await validateFiles({
      ...minimalCatalogue(),
      "courses/fixture-university/fixture-course.md": course,
    });
    expect(lines(result)).toEqual([
      "content/courses/fixture-university/fixture-course.md:53:12 error -: 2027-02-30 is not a real date (Check the day and month; YAML would silently roll it over to another date)",
    ]);
  });

  it("reports malformed YAML at its line in the file", () => {
    const failure = failureOf("---\nid: x\ntitle: [unclosed\nsummary: y\n---\nBody\n");
    expect(failure.message).toMatch(/^The front matter is not valid YAML: /);
    expect(failure.line).toBe(4);
  });

  it("reports a tab-indented key where YAML breaks", () => {
    const failure = failureOf("---\nid: x\ncontact:\n\temail: a@b.example\n---\nBody\n");
    expect(failure.line).toBe(4);
  });

  it("refuses duplicate keys, which would silently overwrite each other", () => {
    const failure = failureOf("---\nid: x\ntitle: One\ntitle: Two\n---\nBody\n");
    expect(failure.message).toBe('The field "title" is written twice');
    expect(failure.line).toBe(4);
  });

  it("reads numbers as Astro does (js-yaml 4, YAML 1.2), not as YAML 1.1", () => {
    const result = parseFrontMatter("---\nzero_padded: 010\nunderscored: 1_000\n---\nBody\n");
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.file.data).toEqual({ zero_padded: 10, underscored: "1_000" });
  });

  it("accepts a byte order mark and Windows line endings", () => {
    const result = parseFrontMatter("\uFEFF---\r\nid: x\r\ntitle: Y\r\n---\r\nBody\r\n");
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.file.data).toEqual({ id: "x", title: "Y" });
    expect(result.file.bodyLine).toBe(5);
    expect(result.file.locator.locate(["title"])).toEqual({ line: 3, column: 1 });
  });

  it("refuses front matter that is a list rather than fields", () => {
    expect(failureOf("---\n- a\n- b\n---\nBody\n").message).toBe(
      "The front matter must be a set of fields (key: value lines)",
    );
  });

  it("reports invalid UTF-8 instead of garbling it", async () => {
    const { projectRoot, contentDir } = await writeCatalogue(minimalCatalogue());
    const file = path.join(contentDir, "courses/fixture-university/fixture-course.md");
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.from([0xc3, 0x28])]));
    const result = await validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF });
    expect(lines(result)).toEqual([
      "content/courses/fixture-university/fixture-course.md:1:1 error -: The file is not valid UTF-8 text (Save the file as UTF-8 in your editor)",
    ]);
  });
});
