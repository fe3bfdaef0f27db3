import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { aYearAfter, idFromTitle } from "../../src/catalogue/entry-file.ts";
import { readAnswer } from "../../src/contribute/questions.ts";
import { courseQuestions } from "../../src/contribute/scaffold-questions.ts";
import { todayIso } from "../../src/domain/dates.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import { minimalCatalogue, writeCatalogue } from "../helpers/catalogue.ts";

const script = path.resolve(import.meta.dirname, "../../scripts/new-entry.ts");

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: "utf8", input: input ?? "" });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const courseFlags = [
  "--provider=fixture-university",
  "--title=Safeguarding Adults & Children: Level 3",
  "--summary=A day on spotting and reporting abuse, for anyone who works with families.",
  "--themes=team-working",
  "--professions=social-worker,district-nurse",
  "--forms=in-house-multi-agency",
  "--outcome=Recognise the signs of abuse",
  "--outcome=Report a concern to the right person",
];

describe("npm run new:course", () => {
  it("writes a course that passes the validator, in its provider's folder, reviewed today", async () => {
    const { projectRoot, contentDir } = await writeCatalogue(minimalCatalogue());
    const result = run(["course", `--content=${contentDir}`, ...courseFlags]);
    expect(result.err).toBe("");
    const file = path.join(contentDir, "courses/fixture-university/safeguarding-adults-and-children-level-3.md");
    expect(result.out).toContain("Created");
    expect(result.out).toContain("npm run validate");
    const text = readFileSync(file, "utf8");
    expect(text).toContain(`lastReviewed: '${todayIso()}'`);
    expect(text).toContain(`reviewDue: '${aYearAfter(todayIso())}'`);
    expect(text).toContain("  - Report a concern to the right person");
    const checked = await validateCatalogue({ contentDir, projectRoot, asOf: todayIso() });
    expect(checked.findings).toEqual([]);
    expect(checked.courses.map((course) => course.data.id)).toContain("safeguarding-adults-and-children-level-3");
  });

  it("refuses to overwrite an existing entry, and leaves it as it was", async () => {
    const { contentDir } = await writeCatalogue(minimalCatalogue());
    const existing = path.join(contentDir, "courses/fixture-university/fixture-course.md");
    const before = readFileSync(existing, "utf8");
    const result = run(["course", `--content=${contentDir}`, ...courseFlags, "--id=fixture-course"]);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/fixture-course\.md already exists, so nothing was written/);
    expect(readFileSync(existing, "utf8")).toBe(before);
  });

  it("refuses a mistyped value with the nearest allowed one, and writes nothing", async () => {
    const { contentDir } = await writeCatalogue(minimalCatalogue());
    const result = run(["course", `--content=${contentDir}`, ...courseFlags, "--themes=team-workng"]);
    expect(result.status).toBe(1);
    expect(result.err).toContain(
      '--themes: "team-workng" is not one of the allowed values. Did you mean "team-working"?',
    );
    expect(
      existsSync(path.join(contentDir, "courses/fixture-university/safeguarding-adults-and-children-level-3.md")),
    ).toBe(false);
  });

  it("names the flag that is missing when it cannot ask", async () => {
    const { contentDir } = await writeCatalogue(minimalCatalogue());
    const result = run([
      "course",
      `--content=${contentDir}`,
      ...courseFlags.filter((flag) => !flag.startsWith("--summary")),
    ]);
    expect(result.status).toBe(1);
    expect(result.err).toContain("Missing --summary: One-sentence summary");
  });

  it("refuses a provider the catalogue does not have", async () => {
    const { contentDir } = await writeCatalogue(minimalCatalogue());
    const result = run(["course", `--content=${contentDir}`, ...courseFlags, "--provider=fixture-univrsity"]);
    expect(result.err).toContain('Did you mean "fixture-university"?');
  });
});

describe("npm run new:provider", () => {
  it("asks for each essential, asks again after a wrong answer, and writes a valid provider", async () => {
    const { projectRoot, contentDir } = await writeCatalogue(minimalCatalogue());
    const answers = [
      "North Fell Hospice",
      "",
      "hospce",
      "voluntary-sector",
      "north-west",
      "https://www.north-fell.example.org.uk",
      "learning@north-fell.example.org.uk",
      "North Fell Hospice, 2 Fell Road",
      "LA9 4RG",
      "01632 960 555",
      "A fictional hospice that teaches palliative care to staff across the county.",
    ];
    const result = run(["provider", `--content=${contentDir}`, "--ask"], `${answers.join("\n")}\n`);
    expect(result.err).toBe("");
    expect(result.out).toContain('"hospce" is not one of the allowed values');
    expect(result.out).toContain("npm run new:course");
    expect(existsSync(path.join(contentDir, "providers/north-fell-hospice.md"))).toBe(true);
    const checked = await validateCatalogue({ contentDir, projectRoot, asOf: todayIso() });
    expect(checked.findings).toEqual([]);
    expect(checked.providers.find((entry) => entry.data.id === "north-fell-hospice")?.data.type).toBe(
      "voluntary-sector",
    );
  });

  it("stops without writing when the answers run out", async () => {
    const { contentDir } = await writeCatalogue(minimalCatalogue());
    const result = run(["provider", `--content=${contentDir}`, "--ask"], "North Fell Hospice\n");
    expect(result.status).toBe(1);
    expect(result.err).toContain("nothing was written");
  });
});

describe("scaffold answers", () => {
  it("make ids from titles as the schema requires", () => {
    expect(idFromTitle("Safeguarding Adults & Children: Level 3")).toBe("safeguarding-adults-and-children-level-3");
    expect(idFromTitle("Équipe  — working together!")).toBe("equipe-working-together");
    expect(idFromTitle("x".repeat(100))).toHaveLength(80);
  });

  it("accept the numbers a prompt shows as well as ids", () => {
    const themes = courseQuestions([]).find((question) => question.key === "themes")!;
    expect(readAnswer(themes, "1, communication")).toEqual({ ok: true, value: ["team-working", "communication"] });
  });
});
