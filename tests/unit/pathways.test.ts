import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assembleCatalogue } from "../../src/catalogue/catalogue.ts";
import { countsTowardText, courseCreditsIn, pathwayProgress, pathwaysByCourse } from "../../src/domain/pathways.ts";
import {
  courseSchema,
  pathwaySchema,
  pathwayStepSchema,
  pathwayStepWording,
  pathwayWording,
} from "../../src/domain/schema/index.ts";
import { fieldDocs } from "../../src/docs/field-docs.generated.ts";
import { describedJsonSchema } from "../../src/docs/json-schema.ts";
import { pathwaysExport, pathwaysExportSchema, pathwaysJson } from "../../src/exports/catalogue-json.ts";
import { coursesByProvider, providerXcriCapFeed, type XcriFeedOptions } from "../../src/exports/xcri-cap.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import { publishedSchemaValidator } from "../interop/json-schemas.ts";
import { validateXcriFeed } from "../interop/xcri-cap-validator.ts";
import { checkSchemaOrg, loadSchemaOrg } from "../interop/schemaorg.ts";
import { jsonLdScript, pathwayJsonLd } from "../../src/exports/json-ld.ts";
import {
  FIXTURE_AS_OF,
  inHouseProvider,
  lines,
  toMarkdown,
  validCourse,
  validProvider,
  validateFiles,
} from "../helpers/catalogue.ts";

/** A valid pathway of the fixture university: two 20-credit modules toward a 40-credit award. */
const validPathway = (overrides: Record<string, unknown> = {}) => ({
  id: "fixture-pathway",
  title: "PG Certificate in Fixture Practice",
  summary: "A certificate built from the fixture university's modules.",
  awardingBody: "fixture-university",
  award: { scheme: "CATS", level: 6, value: 40 },
  steps: [
    { course: "fixture-course", credits: 20, required: true },
    { course: "second-course", credits: 20 },
  ],
  ...overrides,
});

/** The fixture university, the in-house trust, two accredited 20-credit courses and `pathway`. */
const catalogueWith = (pathway: Record<string, unknown>, extra: Record<string, string> = {}) => ({
  "providers/fixture-university.md": toMarkdown(validProvider()),
  "providers/fixture-trust.md": toMarkdown(inHouseProvider()),
  "courses/fixture-university/fixture-course.md": toMarkdown(validCourse()),
  "courses/fixture-university/second-course.md": toMarkdown(validCourse({ id: "second-course", title: "Second" })),
  [`pathways/${String(pathway.id)}.md`]: toMarkdown(pathway, "About the award.\n"),
  ...extra,
});

/** The findings for a catalogue with `pathway`, without the file path before each. */
const findingsFor = async (pathway: Record<string, unknown>, extra: Record<string, string> = {}) =>
  lines(await validateFiles(catalogueWith(pathway, extra)));

describe("the pathway schema", () => {
  it("documents every field and words every field for people", () => {
    for (const [name, schema, wording] of [
      ["pathwaySchema", pathwaySchema, pathwayWording],
      ["pathwayStepSchema", pathwayStepSchema, pathwayStepWording],
    ] as const) {
      const docs = (fieldDocs as Record<string, { fields: Record<string, string> }>)[name]!;
      for (const key of Object.keys(schema.shape)) {
        expect(docs.fields[key], `${name}.${key} doc comment`).toBeTruthy();
        expect((wording as Record<string, { label?: string }>)[key]?.label, `${name}.${key} wording`).toBeTruthy();
      }
    }
  });

  it("accepts the valid pathway, and hands it to the catalogue", async () => {
    const result = await validateFiles(catalogueWith(validPathway()));
    expect(lines(result)).toEqual([]);
    expect(result.pathways.map(({ file, data }) => [file, data.id])).toEqual([
      ["content/pathways/fixture-pathway.md", "fixture-pathway"],
    ]);
    const catalogue = assembleCatalogue(result, { asOf: FIXTURE_AS_OF, generatedAt: "2026-11-25T00:00:00Z" });
    expect(catalogue.pathways.map(({ pathway }) => pathway.id)).toEqual(["fixture-pathway"]);
    expect(catalogue.pathwaysOfCourse.get("second-course")?.map(countsTowardText)).toEqual(["20 of 40 CATS credits"]);
  });

  it("says in plain words what is missing or wrong in the file", async () => {
    const { award: _award, ...noAward } = validPathway();
    expect(
      (await findingsFor({ ...noAward, steps: [{ course: "fixture-course", credits: -5 }], colour: "blue" })).map(
        (line) => line.replace(/^\S+ /, ""),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error award: Enter the credit the award needs: its scheme, level and total credits (Missing required field "award". Add award: to the front matter)",
        "error steps[0].credits: The credits must be a number more than 0 (Credits must be more than 0. Fill it in)",
        "error colour: Unknown field "colour" (Remove it; the fields allowed here are: id, title, summary, awardingBody, award, steps, steppingOn, steppingOff, url)",
      ]
    `);
  });

  it("refuses a pathway file in the wrong place", async () => {
    const found = await findingsFor(validPathway(), {
      "pathways/extra/fixture-pathway.md": toMarkdown(validPathway()),
    });
    expect(found.join("\n")).toContain("content/pathways/<id>.md");
  });
});

describe("the pathway rules", () => {
  it("reports courses that do not exist, are listed twice, or do not carry credit", async () => {
    const found = await findingsFor(
      validPathway({
        steps: [
          { course: "fixture-course", credits: 20 },
          { course: "fixture-course", credits: 20 },
          { course: "nowhere-course", credits: 20 },
          { course: "trust-course", credits: 20 },
        ],
      }),
      {
        "courses/fixture-trust/trust-course.md": toMarkdown(
          validCourse({ id: "trust-course", provider: "fixture-trust", creditStatus: "not-credit-rated", credits: [] }),
        ),
      },
    );
    expect(found.filter((line) => line.includes("pathways/"))).toMatchInlineSnapshot(`
      [
        "content/pathways/fixture-pathway.md:13:5 error steps[1].course: The course "fixture-course" is on this pathway twice (List each course once; remove this step, or name another course)",
        "content/pathways/fixture-pathway.md:15:5 error steps[2].course: No course has the id "nowhere-course" (Use the id of a course in content/courses/<provider-id>/ (its file name without .md), or remove this step)",
        "content/pathways/fixture-pathway.md:17:5 error steps[3].course: The course "trust-course" has no credits to count toward the award (Only accredited or credit-rated courses count toward an award: remove this step, or have the course credit rated first)",
      ]
    `);
  });

  it("warns of a withdrawn course, and of a course whose credit rating has lapsed", async () => {
    const lapsed = validCourse({
      id: "trust-course",
      provider: "fixture-trust",
      creditStatus: "credit-rated",
      qualityAssurance: "Moderated by the university's link tutor.",
      creditRating: {
        ratedBy: "fixture-university",
        ratedOn: "2023-01-10",
        reviewDue: "2026-01-10",
        reference: "FU-CR-1",
      },
    });
    const found = await findingsFor(
      validPathway({
        steps: [
          { course: "fixture-course", credits: 20 },
          { course: "second-course", credits: 20 },
          { course: "trust-course", credits: 20 },
        ],
      }),
      {
        "courses/fixture-university/second-course.md": toMarkdown(
          validCourse({ id: "second-course", title: "Second", status: "withdrawn" }),
        ),
        "courses/fixture-trust/trust-course.md": toMarkdown(lapsed),
      },
    );
    expect(found.filter((line) => line.includes("pathways/"))).toMatchInlineSnapshot(`
      [
        "content/pathways/fixture-pathway.md:13:5 warning steps[1].course: The course "second-course" has been withdrawn (Learners can no longer take it: remove this step, or replace it with the course that took its place)",
        "content/pathways/fixture-pathway.md:15:5 warning steps[2].course: The credit rating of the course "trust-course" has lapsed (Its page says it carries no credit now: ask the course's provider to renew the rating, or remove this step)",
      ]
    `);
  });

  it("says when the steps cannot add up to the award, and when a step claims more than its course", async () => {
    expect(
      await findingsFor(
        validPathway({
          award: { scheme: "CATS", level: 6, value: 60 },
          steps: [
            { course: "fixture-course", credits: 30 },
            { course: "second-course", credits: 10 },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/pathways/fixture-pathway.md:10:1 error steps: The courses on this pathway add up to 40 credits, but the award needs 60 (Add courses worth at least 20 more credits, or correct the total in award: value)",
        "content/pathways/fixture-pathway.md:12:5 error steps[0].credits: This step counts for 30 credits, but the course "fixture-course" carries 20 CATS credits (Set credits: 20 or fewer, or correct the course's credits in its own file)",
      ]
    `);
  });

  it("needs an awarding body that exists and can award credit, at a level its scheme has", async () => {
    expect(await findingsFor(validPathway({ awardingBody: "nowhere-university" }))).toMatchInlineSnapshot(`
      [
        "content/pathways/fixture-pathway.md:5:1 error awardingBody: No provider has the id "nowhere-university" (Use the id of a university or college in content/providers/, or add content/providers/nowhere-university.md)",
      ]
    `);
    expect(
      await findingsFor(
        validPathway({ awardingBody: "fixture-trust", award: { scheme: "CATS", level: 9, value: 40 } }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/pathways/fixture-pathway.md:5:1 error awardingBody: The awarding body must be able to award academic credit (Fixture Community NHS Trust cannot award credit: name a university (provider type hei) or a provider with awardingPowers: true)",
        "content/pathways/fixture-pathway.md:8:3 error award.level: The award's level must be 3 to 8 for this credit scheme (CATS levels are 3 to 8, not 9: a PG Certificate is level 7, a graduate certificate level 6)",
        "content/pathways/fixture-pathway.md:11:5 warning steps[0].course: The course "fixture-course" is at level 6, more than one level below the award's level 9 (Check the awarding body accepts credit at this level toward the award; if not, remove this step)",
        "content/pathways/fixture-pathway.md:14:5 warning steps[1].course: The course "second-course" is at level 6, more than one level below the award's level 9 (Check the awarding body accepts credit at this level toward the award; if not, remove this step)",
      ]
    `);
  });

  it("warns of a course well below the award's level, and of required courses worth more than the award", async () => {
    expect(
      await findingsFor(
        validPathway({
          award: { scheme: "CATS", level: 8, value: 30 },
          steps: [
            { course: "fixture-course", credits: 20, required: true },
            { course: "second-course", credits: 20, required: true },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/pathways/fixture-pathway.md:10:1 error steps: The required courses add up to 40 credits, more than the award's 30 (Make some of these courses optional (remove required: true), or correct the total in award: value)",
        "content/pathways/fixture-pathway.md:11:5 warning steps[0].course: The course "fixture-course" is at level 6, more than one level below the award's level 8 (Check the awarding body accepts credit at this level toward the award; if not, remove this step)",
        "content/pathways/fixture-pathway.md:14:5 warning steps[1].course: The course "second-course" is at level 6, more than one level below the award's level 8 (Check the awarding body accepts credit at this level toward the award; if not, remove this step)",
      ]
    `);
  });

  it("reports two pathways with one id", async () => {
    const found = await findingsFor(validPathway(), {
      "pathways/another.md": toMarkdown(validPathway()),
    });
    expect(found.filter((line) => line.includes("already"))).toMatchInlineSnapshot(`
      [
        "content/pathways/fixture-pathway.md:2:1 error id: Another pathway already has the id "fixture-pathway" (content/pathways/another.md) (Choose an id no other entry uses, and rename the file to match)",
      ]
    `);
  });
});

describe("pathway arithmetic", () => {
  const course = (overrides: Record<string, unknown>) => courseSchema.parse(validCourse(overrides));

  it("reads a course's credits in the award's scheme, converting by notional hours", () => {
    expect(courseCreditsIn(course({}), "CATS")).toEqual({ scheme: "CATS", level: 6, value: 20 });
    expect(courseCreditsIn(course({}), "ECTS")).toEqual({ scheme: "ECTS", level: 6, value: 10 });
    expect(courseCreditsIn(course({ credits: [] }), "CATS")).toBeUndefined();
  });

  it("lists required steps first with a running total and what is still needed", () => {
    const pathway = pathwaySchema.parse(
      validPathway({
        award: { scheme: "CATS", level: 6, value: 60 },
        steps: [
          { course: "a", credits: 20 },
          { course: "b", credits: 20, required: true },
          { course: "c", credits: 30 },
        ],
      }),
    );
    const courses = new Map([
      ["a", course({ id: "a" })],
      ["b", course({ id: "b", status: "withdrawn" })],
    ]);
    const progress = pathwayProgress(pathway, (id) => courses.get(id), FIXTURE_AS_OF);
    expect(
      progress.steps.map((step) => [
        step.step.course,
        step.offered,
        step.joinable,
        step.runningTotal,
        step.stillNeeded,
      ]),
    ).toEqual([
      ["b", false, false, 20, 40],
      ["a", true, true, 40, 20],
      ["c", false, false, 70, 0],
    ]);
    expect([progress.available, progress.required, progress.fromOptional]).toEqual([70, 20, 40]);
    expect(pathwaysByCourse([pathway]).get("c")?.map(countsTowardText)).toEqual(["30 of 60 CATS credits"]);
  });
});

describe("the pathways export", () => {
  it("holds every pathway with its page and description, valid by the JSON Schema the site publishes", async () => {
    const result = await validateFiles(catalogueWith(validPathway()));
    const catalogue = assembleCatalogue(result, { asOf: FIXTURE_AS_OF, generatedAt: "2026-11-25T09:00:00.000Z" });
    const options = {
      asOf: catalogue.asOf,
      generatedAt: catalogue.generatedAt,
      page: (id: string) => `https://example.org/pathways/${id}/`,
    };
    const exported = pathwaysExport(catalogue.pathways, options);
    expect(pathwaysExportSchema.parse(exported).pathways).toMatchObject([
      {
        id: "fixture-pathway",
        awardingBody: "fixture-university",
        award: { scheme: "CATS", level: 6, value: 40 },
        steps: [
          { course: "fixture-course", credits: 20, required: true },
          { course: "second-course", credits: 20, required: false },
        ],
        page: "https://example.org/pathways/fixture-pathway/",
        description: "About the award.\n",
      },
    ]);
    const validate = publishedSchemaValidator(describedJsonSchema(pathwaysExportSchema));
    expect(validate(JSON.parse(pathwaysJson(catalogue.pathways, options)))).toEqual([]);
  });
});

describe("pathways in XCRI-CAP 1.2", () => {
  it("are a leadsTo description on each course on a pathway, and add no failure of the XCRI-CAP validator's rules", async () => {
    const projectRoot = path.resolve(import.meta.dirname, "../..");
    const checked = await validateCatalogue({
      projectRoot,
      contentDir: path.join(projectRoot, "content"),
      asOf: FIXTURE_AS_OF,
    });
    const catalogue = assembleCatalogue(checked, { asOf: FIXTURE_AS_OF, generatedAt: "2026-11-25T09:00:00.000Z" });
    const plain: XcriFeedOptions = {
      generatedAt: catalogue.generatedAt,
      providerPage: (id) => `https://example.org/providers/${id}/`,
      coursePage: (id) => `https://example.org/courses/${id}/`,
      providerName: (id) => catalogue.providers.get(id)?.name,
    };
    const withPathways: XcriFeedOptions = {
      ...plain,
      pathwaysOf: (id) => catalogue.pathwaysOfCourse.get(id) ?? [],
      pathwayPage: (id) => `https://example.org/pathways/${id}/`,
    };
    const group = coursesByProvider(catalogue.active).find(({ provider }) => provider.id === "ribble-vale-university")!;
    const feed = providerXcriCapFeed(group.provider, group.courses, withPathways);
    expect(feed).toContain(
      '<dc:description xmlns:xcriTerms="http://xcri.org/profiles/1.2/catalog/terms" xsi:type="xcriTerms:leadsTo">Counts toward the PG Certificate in Integrated Practice, awarded by Ribble Vale University: 30 of the 60 CATS credits at level 7 the award needs. See https://example.org/pathways/pg-cert-integrated-practice/</dc:description>',
    );
    const failures = (text: string) =>
      validateXcriFeed(text)
        .filter(({ rule }) => rule.status !== "Recommendation")
        .map(({ rule }) => rule.message)
        .sort();
    expect(failures(feed)).toEqual(failures(providerXcriCapFeed(group.provider, group.courses, plain)));
  });
});

describe("CONTRIBUTING.md's pathway example", () => {
  it("passes the checks as written, against the sample catalogue", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const guide = await readFile(path.join(root, "CONTRIBUTING.md"), "utf8");
    const [, file, text] = /<!-- pathway example: (\S+) -->\s*```markdown\n([\s\S]*?)```/.exec(guide)!;
    const projectRoot = await mkdtemp(path.join(tmpdir(), "pathway-example-"));
    await cp(path.join(root, "content"), path.join(projectRoot, "content"), { recursive: true });
    await writeFile(path.join(projectRoot, file!), text!);
    const result = await validateCatalogue({
      projectRoot,
      contentDir: path.join(projectRoot, "content"),
      asOf: FIXTURE_AS_OF,
    });
    expect(lines(result)).toEqual([]);
    expect(result.pathways.map(({ data }) => data.id)).toContain(path.basename(file!, ".md"));
  });
});

describe("a pathway's structured data", () => {
  it("is a schema.org EducationalOccupationalProgram with the award and its credits, valid by the vocabulary", () => {
    const pathway = pathwaySchema.parse(validPathway());
    const provider = { name: "Fixture University", url: "https://www.fixture.example.ac.uk" } as never;
    const data = JSON.parse(
      jsonLdScript(pathwayJsonLd(pathway, provider, "https://example.org/pathways/fixture-pathway/")),
    );
    expect(data).toMatchObject({
      "@type": "EducationalOccupationalProgram",
      name: "PG Certificate in Fixture Practice",
      provider: { name: "Fixture University" },
      numberOfCredits: { value: 40, unitText: "CATS credits at level 6" },
    });
    expect(checkSchemaOrg(data, loadSchemaOrg())).toEqual([]);
  });
});
