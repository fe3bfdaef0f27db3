import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatGithub, formatJson, formatText } from "../../src/validator/core/report.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import { FIXTURE_AS_OF } from "../helpers/catalogue.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const brokenCatalogue = () =>
  validateCatalogue({
    projectRoot,
    contentDir: path.join(projectRoot, "tests/fixtures/broken-catalogue"),
    asOf: FIXTURE_AS_OF,
  });

describe("a catalogue with several broken files", () => {
  it("lists every problem in every file in one run, with file:line:col, field, message and fix", async () => {
    const result = await brokenCatalogue();
    expect(formatText(result.findings, result.fileCount)).toMatchSnapshot();
  });

  it("still returns the valid entries beside the broken ones", async () => {
    const result = await brokenCatalogue();
    expect(result.providers.map((entry) => entry.data.id)).toEqual(["north-lakes-university"]);
    expect(result.courses.map((entry) => entry.data.id).sort()).toEqual(["rule-breaks", "unsafe-body"]);
  });

  it("writes GitHub annotations with properties escaped", async () => {
    const result = await brokenCatalogue();
    const annotations = formatGithub(result.findings).split("\n");
    expect(annotations).toHaveLength(result.findings.length);
    expect(annotations).toContain(
      '::error file=tests/fixtures/broken-catalogue/courses/north-lakes-university/typo-fields.md,line=16,col=1,title=creditStatus::"acredited" is not an allowed value for creditStatus (Did you mean "accredited"?)',
    );
    expect(formatGithub([{ ...result.findings[0]!, file: "a,b:c.md", message: "50% done\nnext" }])).toMatch(
      /^::error file=a%2Cb%3Ac\.md,.*::50%25 done%0Anext/,
    );
  });

  it("writes JSON with counts that match the findings", async () => {
    const result = await brokenCatalogue();
    const report = JSON.parse(formatJson(result.findings, result.fileCount));
    expect(report.fileCount).toBe(6);
    expect(report.errors).toBe(20);
    expect(report.warnings).toBe(2);
    expect(report.findings).toHaveLength(22);
    expect(report.findings[0]).toEqual(result.findings[0]);
  });
});
