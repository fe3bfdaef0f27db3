import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { validateCatalogue, type ValidationResult } from "../../src/validator/node/validate-catalogue.ts";

/** The date every fixture is judged against, so tests do not age. */
export const FIXTURE_AS_OF = "2026-11-25";

/** A valid university provider. */
export function validProvider(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "fixture-university",
    name: "Fixture University",
    type: "hei",
    region: "north-west",
    url: "https://www.fixture.example.ac.uk",
    address: ["Fixture Building", "1 University Road"],
    postcode: "M5 4WT",
    contact: { email: "cpd@fixture.example.ac.uk", phone: "0161 496 0000" },
    description: "A fictional university used in tests.",
    ...overrides,
  };
}

/** A valid in-house provider that cannot award credit. */
export function inHouseProvider(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return validProvider({ id: "fixture-trust", name: "Fixture Community NHS Trust", type: "nhs-trust", ...overrides });
}

/** A valid accredited course from the fixture university, with one future run. */
export function validCourse(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "fixture-course",
    title: "Inter-professional practice in primary care",
    summary: "District nurses and social workers learn together about each other's roles.",
    provider: "fixture-university",
    professions: ["district-nurse", "social-worker"],
    learnerMix: ["inter-professional"],
    workforceLevels: ["micro"],
    themes: ["role-awareness"],
    subThemes: ["shared-understanding-of-roles"],
    learningForms: ["university-or-college-course"],
    learningOutcomes: ["Explain the roles of the professions in a primary care team"],
    assessment: "A 3,000-word case study.",
    serviceUserInvolvement: { modes: ["planning"], description: "Carers helped design the case studies." },
    creditStatus: "accredited",
    credits: [{ scheme: "CATS", level: 6, value: 20 }],
    notionalHours: 200,
    presentations: [
      {
        id: "2027-spring",
        start: "2027-02-01",
        end: "2027-05-01",
        studyMode: "part-time",
        attendanceMode: "campus",
        attendancePattern: "daytime",
        venue: {
          name: "Main campus",
          address: ["1 University Road"],
          town: "Salford",
          postcode: "M5 4WT",
          region: "north-west",
          phone: "0161 496 0001",
          email: "reception@fixture.example.ac.uk",
        },
        cost: { amount: 800 },
      },
    ],
    contact: { email: "cpd@fixture.example.ac.uk" },
    lastReviewed: "2026-10-01",
    reviewDue: "2027-10-01",
    ...overrides,
  };
}

/** Writes an entry as a Markdown file with YAML front matter. */
export function toMarkdown(frontMatter: Record<string, unknown>, body = "A description of the entry.\n"): string {
  return `---\n${yaml.dump(frontMatter, { lineWidth: -1 })}---\n${body}`;
}

/** A catalogue to write: relative path under content/ → file text. */
export type CatalogueFiles = Record<string, string>;

/** The smallest valid catalogue: one provider and one course. */
export function minimalCatalogue(): CatalogueFiles {
  return {
    "providers/fixture-university.md": toMarkdown(validProvider()),
    "courses/fixture-university/fixture-course.md": toMarkdown(validCourse()),
  };
}

/** Writes files into a fresh temporary project folder and returns its content folder. */
export async function writeCatalogue(files: CatalogueFiles): Promise<{ projectRoot: string; contentDir: string }> {
  const projectRoot = await mkdtemp(path.join(tmpdir(), "catalogue-"));
  const contentDir = path.join(projectRoot, "content");
  await mkdir(path.join(contentDir, "providers"), { recursive: true });
  await mkdir(path.join(contentDir, "courses"), { recursive: true });
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(contentDir, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return { projectRoot, contentDir };
}

/** Writes and validates a catalogue. */
export async function validateFiles(files: CatalogueFiles, asOf = FIXTURE_AS_OF): Promise<ValidationResult> {
  const { projectRoot, contentDir } = await writeCatalogue(files);
  return validateCatalogue({ projectRoot, contentDir, asOf });
}

/**
 * Validates a catalogue of the fixture university with `course` in its provider's folder
 * (so a course may belong to another provider given in `extraFiles`), plus `extraFiles`.
 */
export async function validateCourse(
  course: Record<string, unknown>,
  extraFiles: CatalogueFiles = {},
): Promise<ValidationResult> {
  return validateFiles({
    "providers/fixture-university.md": toMarkdown(validProvider()),
    [`courses/${String(course.provider)}/${String(course.id)}.md`]: toMarkdown(course),
    ...extraFiles,
  });
}

/** Findings as compact lines, the form snapshots and assertions read best. */
export function lines(result: ValidationResult): string[] {
  return result.findings.map(
    (f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.field || "-"}: ${f.message} (${f.fix})`,
  );
}
