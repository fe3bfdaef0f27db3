import { DOMParser } from "@xmldom/xmldom";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Course, Presentation, Provider } from "../../src/domain/schema/index.ts";
import { topics } from "../../src/domain/vocabularies/topics.ts";
import { themes, termById } from "../../src/domain/vocabularies/index.ts";
import { XCRI_NAMESPACES } from "../../src/domain/xcri-namespaces.ts";
import { xcriCapFeed } from "../../src/exports/xcri-cap.ts";
import { childElements, childrenNamed, childText, textOf } from "../../src/import/xcri/elements.ts";
import { slugify } from "../../src/import/xcri/ids.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import { FIXTURE_AS_OF } from "../helpers/catalogue.ts";
import { freshOutDir, importInto, readEntry } from "../helpers/xcri.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const SITE = "https://courses.example.org";

/**
 * What an XCRI-CAP 1.2 feed carries of a course, as our export writes it.
 * XCRI-CAP cannot carry, so these are left out of the comparison: professions,
 * learner mix, workforce levels, sub-themes, integrated care areas, learning
 * forms, service user involvement, quality assurance, credit status and
 * rating, awarding body, hours, framework alignment, partners, contact,
 * status, review dates, the Markdown description; and of a run: its venue's
 * region, the cost's description, funding and release notes, and the online
 * flag of a blended run. Our export writes each run's identifier as
 * "<course page>#run-<id>", so a run's id comes back as "run-<id>".
 */
function carried(course: Course) {
  return {
    title: course.title,
    summary: course.summary,
    themes: course.themes,
    // The importer writes topics once each, in vocabulary order.
    topics: topics.map((topic) => topic.id).filter((id) => course.topics.includes(id)),
    learningOutcomes: course.learningOutcomes,
    assessment: course.assessment,
    entryRequirements: course.entryRequirements,
    qualification: course.qualification,
    credits: course.credits,
    url: course.url ?? `${SITE}/courses/${course.id}/`,
    presentations: course.presentations.map(carriedRun),
  };
}

function carriedRun(run: Presentation) {
  return {
    id: `run-${run.id}`,
    start: run.start,
    flexibleStart: run.start ? undefined : true,
    end: run.end,
    applyBy: run.applyBy,
    applyUrl: run.applyUrl,
    studyMode: run.studyMode,
    attendanceMode: run.attendanceMode,
    attendancePattern: run.attendancePattern,
    venue: run.venue && { name: run.venue.name, town: run.venue.town, postcode: run.venue.postcode },
    cost: run.cost.amount,
    places: run.places,
  };
}

/** The same view of an imported entry, read back from its file. */
function carriedImported(data: Record<string, unknown>) {
  const runs = (data.presentations ?? []) as Record<string, unknown>[];
  return {
    ...carried({ ...(data as unknown as Course), topics: (data.topics ?? []) as Course["topics"], presentations: [] }),
    url: data.url,
    presentations: runs.map((run) => ({
      ...carriedRun({ ...(run as unknown as Presentation), id: String(run.id).replace(/^run-/, "") }),
      flexibleStart: run.flexibleStart as true | undefined,
      venue: run.venue && {
        name: (run.venue as Record<string, unknown>).name,
        town: (run.venue as Record<string, unknown>).town,
        postcode: (run.venue as Record<string, unknown>).postcode,
      },
    })),
  };
}

/**
 * The course elements our export writes, by local name, in XCRI-CAP 1.2's order: common elements
 * (identifier, subject, title, url), descriptive ones (abstract … prerequisite), then the course's own.
 */
const COURSE_ELEMENT_ORDER = [
  "description",
  "identifier",
  "subject",
  "title",
  "url",
  "abstract",
  "assessment",
  "learningOutcome",
  "prerequisite",
  "qualification",
  "credit",
  "presentation",
];

const withoutUndefined = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("round trip: our XCRI-CAP export, imported back", async () => {
  const sample = await validateCatalogue({
    projectRoot,
    contentDir: path.join(projectRoot, "content"),
    asOf: FIXTURE_AS_OF,
  });
  const providers = new Map<string, Provider>(sample.providers.map((entry) => [entry.data.id, entry.data]));
  const entries = sample.courses.map((entry) => ({
    course: entry.data,
    provider: providers.get(entry.data.provider)!,
    body: entry.body,
  }));
  const feed = xcriCapFeed(entries, {
    generatedAt: "2026-11-25T00:00:00Z",
    providerPage: (id) => `${SITE}/providers/${id}/`,
    coursePage: (id) => `${SITE}/courses/${id}/`,
    providerName: (id) => providers.get(id)?.name,
  });
  const outDir = await freshOutDir();
  const report = await importInto(outDir, feed, { feedName: "xcri-cap.xml" });

  it("imports every exported course, none skipped", () => {
    expect(sample.courses.length).toBeGreaterThanOrEqual(40);
    expect(report.summary).toMatchObject({
      courses: sample.courses.length,
      created: sample.courses.length,
      skipped: 0,
    });
  });

  const feedCourses = Array.from(
    new DOMParser().parseFromString(feed, "text/xml").getElementsByTagNameNS(XCRI_NAMESPACES.catalog, "course"),
  );
  const feedCourse = (id: string) =>
    feedCourses.find((element) => childText(element, XCRI_NAMESPACES.dc, "identifier") === `${SITE}/courses/${id}/`)!;

  it("writes each course's themes then its topics as dc:subject, the label as text and the id as identifier", () => {
    expect(entries.every(({ course }) => course.topics.length > 0)).toBe(true);
    for (const { course } of entries) {
      const subjects = childrenNamed(feedCourse(course.id), XCRI_NAMESPACES.dc, "subject").map(
        (subject) => `${subject.getAttribute("identifier")}: ${textOf(subject)}`,
      );
      expect(subjects, course.id).toEqual([
        ...course.themes.map((id) => `${id}: ${termById(themes, id).label}`),
        ...course.topics.map((id) => `${id}: ${termById(topics, id).label}`),
      ]);
    }
    const dementia = childrenNamed(feedCourse("dementia-care-together"), XCRI_NAMESPACES.dc, "subject");
    expect(dementia.map(textOf)).toEqual(expect.arrayContaining(["Dementia", "Carers", "Older people"]));
  });

  it("writes a course's elements in the order XCRI-CAP 1.2 gives them, subjects after the identifier and before the title", () => {
    for (const { course } of entries) {
      const names = childElements(feedCourse(course.id)).map((element) => element.localName ?? "");
      const positions = names.map((name) => COURSE_ELEMENT_ORDER.indexOf(name));
      expect(positions, course.id).not.toContain(-1);
      expect(positions, course.id).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it("maps every code our export writes, so no run needs a TODO for its modes or cost", () => {
    const runTodos = report.courses.flatMap((course) =>
      course.todos.filter((todo) => /presentations\[\d+\]\.(studyMode|attendance|cost)/.test(todo)),
    );
    expect(runTodos).toEqual([]);
  });

  for (const { course, provider } of entries) {
    it(`gives back ${course.id} with the fields XCRI-CAP carries`, async () => {
      const { data } = await readEntry(outDir, `courses/${slugify(provider.name)}/${course.id}.md`);
      expect(withoutUndefined(carriedImported(data))).toEqual(withoutUndefined(carried(course)));
    });
  }

  it("gives back each provider's name and website", async () => {
    for (const provider of providers.values()) {
      const { data } = await readEntry(outDir, `providers/${slugify(provider.name)}.md`);
      expect({ name: data.name, url: data.url }).toEqual({ name: provider.name, url: provider.url });
    }
  });
});
