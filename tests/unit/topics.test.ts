import { describe, expect, it } from "vitest";
import { coursesWith, topicFacet } from "../../src/domain/facets.ts";
import { integratedCareAreas, themes } from "../../src/domain/vocabularies/index.ts";
import { topics } from "../../src/domain/vocabularies/topics.ts";
import { phraseOf } from "../../src/domain/words.ts";
import path from "node:path";
import { FIXTURE_AS_OF } from "../helpers/catalogue.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";

async function sampleEntries() {
  const projectRoot = path.resolve(import.meta.dirname, "../..");
  const contentDir = path.join(projectRoot, "content");
  const { courses, providers } = await validateCatalogue({ projectRoot, contentDir, asOf: FIXTURE_AS_OF });
  const byId = new Map(providers.map(({ data }) => [data.id, data]));
  return courses.map(({ data }) => ({ course: data, provider: byId.get(data.provider)! }));
}

describe("topics", () => {
  it("give each word practitioners use one meaning: no alias names two topics or another topic's label", () => {
    const words = topics.flatMap((topic) => [topic.label, ...topic.aliases].map(phraseOf));
    expect(new Set(words).size).toBe(words.length);
  });

  it("link to the report's integrated care areas instead of repeating them, and are not the report's themes", () => {
    const areas = integratedCareAreas.map((area) => area.id as string);
    for (const topic of topics) if ("careArea" in topic) expect(areas).toContain(topic.careArea);
    const themeIds = themes.map((theme) => theme.id as string);
    for (const topic of topics) expect(themeIds).not.toContain(topic.id);
  });

  it("are given to sample courses, so browse pages and the search filter have something to show", async () => {
    const entries = await sampleEntries();
    for (const id of ["dementia", "mental-health", "safeguarding-adults", "safeguarding-children", "diabetes"])
      expect(coursesWith(topicFacet, id, entries, FIXTURE_AS_OF).length, id).toBeGreaterThan(0);
  });

  it("are given to every sample course, so no course is missing from the topic browse pages and coverage", async () => {
    const untagged = (await sampleEntries()).filter(({ course }) => course.topics.length === 0);
    expect(untagged.map(({ course }) => course.id)).toEqual([]);
  });
});
