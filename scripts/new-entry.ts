#!/usr/bin/env node
/**
 * npm run new:course [-- --provider <id> --title "…" --summary "…" --themes a,b --professions a,b --forms a --outcome "…"]
 * npm run new:provider [-- --name "…" --type <id> --region <id> --url https://… --email … --address "…" --postcode … --phone … --description "…"]
 *
 * Asks for the essentials (or takes them as flags, for scripts; `--ask` prompts for any
 * left out even when input is piped), writes a valid entry in the right place with today's
 * dates, refuses to overwrite, and prints the next steps. `--content <dir>` writes elsewhere.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { todayIso } from "../src/domain/dates.ts";
import { providerTerm } from "../src/domain/facets.ts";
import type { Contact } from "../src/domain/schema/index.ts";
import {
  courseDraft,
  providerDraft,
  type CourseEssentials,
  type ProviderEssentials,
} from "../src/contribute/drafts.ts";
import { entryMarkdown, entryPath, idFromTitle } from "../src/catalogue/entry-file.ts";
import { choices, readAnswer, type Question } from "../src/contribute/questions.ts";
import { courseQuestions, providerQuestions } from "../src/contribute/scaffold-questions.ts";
import { lintInProcess } from "../src/validator/core/body-lint.ts";
import { checkDraft } from "../src/validator/core/check-draft.ts";
import { duplicateIdMessage } from "../src/validator/core/duplicate-id.ts";
import { validateCatalogue } from "../src/validator/node/validate-catalogue.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const kind = process.argv[2];
if (kind !== "course" && kind !== "provider") {
  console.error(
    "Usage: node scripts/new-entry.ts course|provider [--flags]  (npm run new:course, npm run new:provider)",
  );
  process.exit(2);
}

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values: flags } = parseArgs({
  args: process.argv.slice(3),
  options: {
    ...Object.fromEntries(
      [...courseQuestions([]), ...providerQuestions].map((question) => [
        question.flag,
        { type: "string" as const, multiple: question.key === "learningOutcomes" },
      ]),
    ),
    content: { type: "string" },
    ask: { type: "boolean" },
  },
  strict: true,
});

const contentDir = path.resolve((flags.content as string | undefined) ?? path.join(projectRoot, "content"));
if (!existsSync(contentDir))
  fail(
    `There is no content folder at ${contentDir}. Run this from the catalogue's repository, or pass --content <dir>.`,
  );
const catalogue = await validateCatalogue({ contentDir, projectRoot, asOf: todayIso() });
const providers = new Map(catalogue.providers.map((entry) => [entry.data.id, entry.data]));
const questions =
  kind === "course" ? courseQuestions(catalogue.providers.map(({ data }) => providerTerm(data))) : providerQuestions;

const interactive = Boolean(flags.ask) || process.stdin.isTTY;
const prompt = interactive
  ? createInterface({ input: process.stdin, terminal: Boolean(process.stdin.isTTY) })
  : undefined;
// Reading lines as they come (not rl.question) keeps answers that were piped in before each prompt.
const lines = prompt?.[Symbol.asyncIterator]();

async function ask(text: string): Promise<string> {
  process.stdout.write(text);
  const next = await lines!.next();
  if (next.done) return fail("\nInput ended before every question was answered; nothing was written.");
  if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
  return next.value;
}

/** The answer to one question: its flag, else a prompt repeated until the answer reads, else a clear stop. */
async function answer(question: Question): Promise<string | string[] | undefined> {
  const given = (flags as Record<string, string | string[] | undefined>)[question.flag];
  if (given !== undefined) {
    const texts = Array.isArray(given) ? given : [given];
    const readings = texts.map((text) => readAnswer(question, text));
    const problem = readings.find((reading) => !reading.ok);
    if (problem && !problem.ok) return fail(`--${question.flag}: ${problem.problem}`);
    const values = readings.map((reading) => (reading.ok ? reading.value : undefined));
    return Array.isArray(given) ? (values as string[]) : values[0];
  }
  if (!prompt) {
    if (question.fallback !== undefined)
      return readAnswer(question, "").ok ? (readAnswer(question, "") as { value: string }).value : undefined;
    return fail(
      `Missing --${question.flag}: ${question.ask}. Give it as a flag, or run this in a terminal to be asked.`,
    );
  }
  if (question.terms) console.log(`\n${choices(question)}`);
  for (;;) {
    const reading = readAnswer(
      question,
      await ask(
        `${question.ask}${question.terms ? (question.many ? " (numbers or ids, separated by commas)" : " (number or id)") : ""}: `,
      ),
    );
    if (reading.ok)
      return question.key === "learningOutcomes" && typeof reading.value === "string" ? [reading.value] : reading.value;
    console.log(`  ${reading.problem}`);
  }
}

const answers: Record<string, unknown> = {};
for (const question of questions) {
  const value = await answer(question);
  if (value !== undefined) answers[question.key] = value;
}
prompt?.close();

const today = todayIso();
let frontMatter: Record<string, unknown>;
let body: string;
if (kind === "course") {
  const provider = providers.get(String(answers.provider));
  const contact: Contact = provider?.contact ?? { email: "" };
  frontMatter = courseDraft({ ...(answers as unknown as CourseEssentials), contact }, today) as Record<string, unknown>;
  body = String(answers.summary);
} else {
  frontMatter = providerDraft(answers as unknown as ProviderEssentials);
  body = String(answers.description);
}

const id = String(frontMatter.id ?? idFromTitle(String(answers.title ?? answers.name)));
const relative = entryPath({ id, ...(kind === "course" ? { provider: String(frontMatter.provider) } : {}) });
const target = path.join(contentDir, relative.replace(/^content\//, ""));
const display = path.relative(process.cwd(), target);
if (existsSync(target))
  fail(`${display} already exists, so nothing was written. Edit that file, or choose another --id.`);
const sameId = (kind === "course" ? catalogue.courses : catalogue.providers).find((entry) => entry.data.id === id);
if (sameId) fail(`${duplicateIdMessage(kind, id, sameId.file)}. Choose another --id.`);

const text = entryMarkdown(frontMatter, body);
const findings = await checkDraft(
  text,
  { collection: kind === "course" ? "courses" : "providers", stem: id, folder: String(frontMatter.provider ?? "") },
  { providers, providerIds: new Set(providers.keys()), asOf: today },
  lintInProcess,
);
const errors = findings.filter((finding) => finding.severity === "error");
if (errors.length > 0) {
  fail(
    `Nothing was written; the entry would not pass the checks:\n${errors
      .map((finding) => `  ${finding.field || "file"}: ${finding.message} (${finding.fix})`)
      .join("\n")}`,
  );
}

await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, text, { flag: "wx" });
console.log(`\nCreated ${display}\n\nNext steps:`);
const steps =
  kind === "course"
    ? [
        "Open the file and write the full description below the second --- line (Markdown; no HTML).",
        "Add more learning outcomes, and the runs under presentations: (dates, sessions, place, cost). CONTRIBUTING.md's field reference explains every field.",
        "If professions learn with, from and about each other, change learnerMix to inter-professional.",
      ]
    : [
        "Open the file and check the details; add a phone number or a contact name under contact: if you like.",
        "Add your courses with npm run new:course.",
      ];
[...steps, "Run npm run validate and fix anything it lists.", "Commit the file and open a pull request."].forEach(
  (step, index) => console.log(`  ${index + 1}. ${step}`),
);
