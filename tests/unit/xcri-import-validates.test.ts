import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import { findImportTodos } from "../../src/validator/core/import-todos.ts";
import { FIXTURE_AS_OF, lines, validCourse, validateCourse } from "../helpers/catalogue.ts";
import { fixture, freshOutDir, importInto } from "../helpers/xcri.ts";

/** Imports the every-element fixture into a fresh project's content folder. */
async function importedProject() {
  const projectRoot = await freshOutDir();
  const contentDir = path.join(projectRoot, "content");
  const report = await importInto(contentDir, await fixture("every-element.xml"));
  const validate = () => validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF });
  return { contentDir, report, validate };
}

/** What a provider would answer for each TODO, by the field's name. */
const ANSWERS: Record<string, unknown> = {
  ...validCourse(),
  summary: "A course imported from a feed.",
  creditStatus: "not-credit-rated",
  studyMode: "part-time",
  attendanceMode: "campus",
  attendancePattern: "daytime",
  cost: { amount: 0 },
  region: "north-west",
  type: "hei",
  description: "A college.",
};

/** Answers every TODO in a file the way a provider would in review. */
async function answerTodos(file: string): Promise<void> {
  const text = await readFile(file, "utf8");
  const [, frontMatter = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const data = yaml.load(frontMatter) as Record<string, unknown>;
  for (const todo of findImportTodos(data)) {
    let parent: Record<string | number, unknown> = data;
    for (const key of todo.path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[todo.path.at(-1)!] = ANSWERS[String(todo.path.at(-1))];
  }
  // A course carrying credit is accredited, which needs notional hours to match its credits.
  if (Array.isArray(data.credits) && data.credits.length > 0)
    Object.assign(data, { creditStatus: "accredited", notionalHours: 200 });
  const newBody = body.startsWith("TODO:") ? "A description written in review.\n" : body;
  await writeFile(file, `---\n${yaml.dump(data)}---\n${newBody}`);
}

describe("validating imported entries", () => {
  it("reports only the TODOs, each as one message saying what to choose and how", async () => {
    const { validate, report } = await importedProject();
    const { findings } = await validate();
    const notTodo = findings.filter((finding) => !finding.message.startsWith("Still to do: imported from XCRI-CAP; "));
    expect(notTodo).toEqual([]);
    const todoCount = [...report.providers, ...report.courses].reduce((sum, entry) => sum + entry.todos.length, 0);
    // Bodies left as TODO are reported too; the report counts front matter fields only.
    expect(findings.length).toBe(todoCount + 1);
    expect(findings.find((finding) => finding.field === "themes")).toMatchObject({
      message: expect.stringMatching(/choose one or more values .* — `npm run vocabulary themes` lists the values$/),
      fix: "Replace the whole TODO text with your answer",
    });
  });

  it("validates cleanly once every TODO is answered", async () => {
    const { contentDir, report, validate } = await importedProject();
    for (const entry of [...report.providers, ...report.courses]) {
      if (entry.file) await answerTodos(path.join(contentDir, entry.file));
    }
    const { findings } = await validate();
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });
});

describe("the validator's TODO messages", () => {
  it("replaces the type error for a TODO with the TODO's own instruction", async () => {
    const course = validCourse({
      themes: "TODO: imported from XCRI-CAP; choose one or more values — `npm run vocabulary themes` lists the values",
      presentations: [{ ...(validCourse().presentations as object[])[0], studyMode: "TODO: choose a study mode" }],
      lastReviewed: "TODO: write the date you checked this entry",
    });
    expect(lines(await validateCourse(course))).toMatchInlineSnapshot(`
      [
        "content/courses/fixture-university/fixture-course.md:13:1 error themes: Still to do: imported from XCRI-CAP; choose one or more values — \`npm run vocabulary themes\` lists the values (Replace the whole TODO text with your answer)",
        "content/courses/fixture-university/fixture-course.md:35:5 error presentations[0].studyMode: Still to do: choose a study mode (Replace the whole TODO text with your answer)",
        "content/courses/fixture-university/fixture-course.md:51:1 error lastReviewed: Still to do: write the date you checked this entry (Replace the whole TODO text with your answer)",
      ]
    `);
  });

  it("catches a TODO even where any text is valid, and in the description", async () => {
    const result = await validateCourse(validCourse({ summary: "TODO: write a summary" }));
    expect(lines(result)).toEqual([
      expect.stringContaining(
        "error summary: Still to do: write a summary (Replace the whole TODO text with your answer)",
      ),
    ]);
    const { validateFiles, toMarkdown, validProvider } = await import("../helpers/catalogue.ts");
    const withTodoBody = await validateFiles({
      "providers/fixture-university.md": toMarkdown(validProvider()),
      "courses/fixture-university/fixture-course.md": toMarkdown(validCourse(), "TODO: describe the course\n"),
    });
    expect(lines(withTodoBody)).toEqual([
      expect.stringContaining("error (description): Still to do: describe the course"),
    ]);
  });
});
