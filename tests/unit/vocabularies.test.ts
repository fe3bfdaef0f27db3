import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "../../src/domain/schema/index.ts";
import { glossaryFacets } from "../../src/domain/facets.ts";
import {
  attendanceModes,
  frameworks,
  integratedCareAreas,
  learnerMixes,
  onlineLocation,
  learningForms,
  professionGroups,
  professions,
  subThemes,
  themes,
} from "../../src/domain/vocabularies/index.ts";

describe("vocabularies", () => {
  it.each(glossaryFacets.map((vocabulary) => [vocabulary.glossaryKey, vocabulary] as const))(
    "%s: ids are unique and URL-safe, labels and one-line definitions present",
    (_key, vocabulary) => {
      const ids = vocabulary.terms.map((term) => term.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const term of vocabulary.terms) {
        // Credit schemes keep the sector's own upper-case names (CATS, ECTS, SCQF).
        expect(term.id).toMatch(vocabulary.glossaryKey === "credit-schemes" ? /^[A-Z]+$/ : SLUG_PATTERN);
        expect(term.label.trim()).not.toBe("");
        expect(term.definition).toMatch(/^\S.*\.$/);
        expect(term.definition).not.toContain("\n");
      }
    },
  );

  it("has the report's six themes", () => {
    expect(themes.map((theme) => theme.label)).toEqual([
      "Team working",
      "Communication",
      "Role awareness",
      "Personal and professional development",
      "Practice development and leadership",
      "Partnership working",
    ]);
  });

  it("gives every theme a sub-theme and every sub-theme a real theme", () => {
    const themeIds = themes.map((theme) => theme.id);
    for (const subTheme of subThemes) expect(themeIds).toContain(subTheme.theme);
    for (const theme of themeIds) expect(subThemes.some((subTheme) => subTheme.theme === theme)).toBe(true);
  });

  it("puts every profession in a group and leaves no group empty", () => {
    const groupIds = professionGroups.map((group) => group.id);
    for (const profession of professions) expect(groupIds).toContain(profession.group);
    for (const group of groupIds) expect(professions.some((profession) => profession.group === group)).toBe(true);
  });

  it("defines inter-professional as learning with, from and about each other, not 'open to all'", () => {
    const definition = glossaryFacets
      .find((v) => v.glossaryKey === "learner-mix")!
      .terms.find((t) => t.id === "inter-professional")!;
    expect(definition.definition).toContain("with, from and about each other");
  });

  it("has the six KSF core dimensions and nine PCF domains", () => {
    const [ksf, pcf] = frameworks;
    expect(ksf.dimensions.filter((dimension) => /^C\d$/.test(dimension.code)).map((d) => d.code)).toEqual([
      "C1",
      "C2",
      "C3",
      "C4",
      "C5",
      "C6",
    ]);
    expect(pcf.dimensions).toHaveLength(9);
  });
});

/** Every source file outside the vocabularies folder, to prove no list is copied elsewhere. */
async function sourceFilesOutsideVocabularies(): Promise<string[]> {
  const root = path.resolve(import.meta.dirname, "../..");
  const files: string[] = [];
  for (const folder of ["src", "scripts"]) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      if (
        entry.isFile() &&
        /\.(ts|astro|mjs)$/.test(entry.name) &&
        !file.includes(`${path.sep}vocabularies${path.sep}`)
      ) {
        files.push(file);
      }
    }
  }
  return files;
}

const vocabularyIds: ReadonlySet<string> = new Set<string>(
  [professions, professionGroups, themes, subThemes, integratedCareAreas, learningForms].flat().map((term) => term.id),
);

/** Array literals in source text that hold two or more vocabulary ids, in any quote style: copied lists. */
function copiedLists(text: string): string[] {
  return [...text.matchAll(/\[([^[\]]*)\]/g)]
    .filter(
      ([, inside]) =>
        [...inside!.matchAll(/["'`]([a-z0-9-]+)["'`]/g)].filter((m) => vocabularyIds.has(m[1]!)).length >= 2,
    )
    .map(([literal]) => literal);
}

describe("one source of truth", () => {
  it("no file outside src/domain/vocabularies writes out a list of vocabulary values", async () => {
    const offenders: string[] = [];
    for (const file of await sourceFilesOutsideVocabularies()) {
      for (const literal of copiedLists(await readFile(file, "utf8")))
        offenders.push(`${path.basename(file)}: ${literal}`);
    }
    expect(offenders).toEqual([]);
  });

  it("gives each value one name: the badge, the filter and the coverage column all say the vocabulary's label", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const label = learnerMixes.find((term) => term.id === "inter-professional")!.label;
    expect(label).toBe("Inter-professional");
    // Search results and coverage name the badge and the column in their own code: it must be the same words.
    expect(await readFile(path.join(root, "src/search/client/results.ts"), "utf8")).toContain(label);
    const { indicatorTable } = await import("../../src/domain/coverage-views.ts");
    expect(indicatorTable.columns.map((column) => column.label)).toContain(label);
    expect(await readFile(path.join(root, "src/components/CourseBadges.astro"), "utf8")).toContain(
      'termById(learnerMixes, "inter-professional").label',
    );
  });

  it("names the two kinds of online apart, as they count different runs", () => {
    const entirely = attendanceModes.find((term) => term.id === "online")!;
    expect(entirely.label).toBe("Entirely online");
    expect(onlineLocation.label).toBe("Online (some or all of it)");
    const labels = glossaryFacets.flatMap((facet) => facet.terms.map((term) => term.label));
    expect(labels.filter((label) => label === "Online")).toEqual([]);
  });

  it("recognises a copied list in any quote style, but not a single id", () => {
    expect(copiedLists("const mine = ['gp', \"midwife\", `pharmacist`];")).toHaveLength(1);
    expect(copiedLists('course.themes.includes("communication") && ["team-working"]')).toEqual([]);
  });
});

describe("course length", () => {
  it("is worked out from hours, a day counted as 7.5, with no hours as not given", async () => {
    const { courseLengthOf } = await import("../../src/domain/vocabularies/course-lengths.ts");
    expect([1, 3.75, 4, 15, 15.5, 300, undefined].map((hours) => courseLengthOf(hours).id)).toEqual([
      "half-day-or-less",
      "half-day-or-less",
      "up-to-2-days",
      "up-to-2-days",
      "longer-programme",
      "longer-programme",
      "not-given",
    ]);
  });
});
