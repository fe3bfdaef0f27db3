import { beforeAll, describe, expect, it } from "vitest";
import { placeOfPostcode } from "../../src/domain/places/place-data.ts";
import type { ImportReport } from "../../src/import/xcri/report.ts";
import { summaryText } from "../../src/import/xcri/summary-text.ts";
import { feedWith, fixture, freshOutDir, importInto, readEntry } from "../helpers/xcri.ts";

/** Imports tests/fixtures/xcri/every-element.xml, which uses every element the importer maps. */
describe("importing every mapped XCRI-CAP element", () => {
  let outDir: string;
  let report: ImportReport;
  let course: Record<string, unknown>;
  let body: string;
  let runs: Record<string, unknown>[];

  beforeAll(async () => {
    outDir = await freshOutDir();
    report = await importInto(outDir, await fixture("every-element.xml"), { feedName: "every-element.xml" });
    ({ data: course, body } = await readEntry(outDir, "courses/moorside-college/dementia-care-together.md"));
    runs = course.presentations as Record<string, unknown>[];
  });

  it("writes the provider with its name, url, contact, UKPRN and description", async () => {
    const { data, body: providerBody } = await readEntry(outDir, "providers/moorside-college.md");
    expect(data).toMatchObject({
      id: "moorside-college",
      name: "Moorside College",
      url: "https://www.moorside.example.ac.uk/",
      contact: { email: "courses@moorside.example.ac.uk", phone: "01706 000000" },
      ukprn: "10012345",
      description: "A further education college in the Pennines.",
    });
    expect(providerBody.trim()).toBe("A further education college in the Pennines.");
  });

  it("takes the id from the course's web address and maps the course-level fields", () => {
    expect(course).toMatchObject({
      id: "dementia-care-together",
      title: "Dementia care together",
      summary: "Nurses and care workers learn together how to support people living with dementia.",
      provider: "moorside-college",
      themes: ["team-working"],
      topics: ["dementia"],
      learningOutcomes: ["Describe the common types of dementia", "Plan care with a person's family"],
      assessment: "A reflective account of 2,000 words.",
      entryRequirements: "Working in a care setting.",
      qualification: "Certificate in Dementia Care",
      credits: [
        { scheme: "CATS", level: 4, value: 20 },
        { scheme: "SCQF", level: 7, value: 20 },
      ],
      url: "https://www.moorside.example.ac.uk/courses/dementia-care-together",
      contact: { email: "courses@moorside.example.ac.uk" },
    });
  });

  it("maps a run given with codes: dates from dtf, apply-by, modes, venue, cost, places, duration", () => {
    expect(runs[0]).toMatchObject({
      id: "spring-2027",
      start: "2027-03-01",
      end: "2027-06-30",
      applyBy: "2027-02-15",
      applyUrl: "https://www.moorside.example.ac.uk/apply",
      studyMode: "part-time",
      attendanceMode: "campus",
      attendancePattern: "daytime",
      schedule: "Duration: Four months",
      venue: { name: "Moorside Education Centre", town: "Todmorden", postcode: "OL14 5AB" },
      cost: { amount: 350, description: "£350 per learner" },
      places: 18,
    });
  });

  it("maps free-text modes, a 1900 start as no fixed date, online runs without a venue, and free", () => {
    expect(runs[1]).toEqual({
      id: "dct01-online",
      flexibleStart: true,
      studyMode: "part-time",
      attendanceMode: "online",
      attendancePattern: "evening",
      online: true,
      cost: { amount: 0 },
    });
  });

  it("leaves what it cannot map as TODOs and puts a run without a venue at the provider's address", () => {
    expect(runs[2]).toMatchObject({
      id: "dct01-open",
      flexibleStart: true,
      venue: { name: "Moorside College", town: "Todmorden", postcode: "OL14 5AB" },
    });
    for (const field of ["studyMode", "attendanceMode", "attendancePattern", "cost"]) {
      expect(runs[2]![field], field).toMatch(/^TODO: imported from XCRI-CAP; /);
    }
    expect(runs[2]!.studyMode).toContain('the feed says "NLD Study Mode Code: C"');
    expect(runs[2]!.cost).toContain("UK fee: GBP155.00; Ireland fee: GBP340.00");
  });

  it("writes TODOs that name the vocabulary command for what XCRI-CAP does not carry", () => {
    expect(course.professions).toBe(
      "TODO: imported from XCRI-CAP; choose one or more values and write them as a list, like [gp] — `npm run vocabulary professions` lists the values",
    );
    expect(course.creditStatus).toContain("`npm run vocabulary credit-statuses`");
    expect(course.serviceUserInvolvement).toMatch(/^TODO: /);
    expect(course.lastReviewed).toMatch(/^TODO: /);
  });

  it("works out a venue's region from its postcode's district, which XCRI-CAP does not carry", () => {
    const venue = runs[0]!.venue as Record<string, unknown>;
    expect(placeOfPostcode(venue.postcode as string)?.region).toBeDefined();
    expect(venue.region).toBe(placeOfPostcode(venue.postcode as string)!.region);
  });

  it("converts the XHTML description to Markdown, with typed descriptions as sections", () => {
    expect(body).toMatchInlineSnapshot(`
      "Nurses and **care workers** learn side by side. Click me, or read [the course page](https://www.moorside.example.ac.uk/dementia).

      - Understanding dementia
      - Working with families

      Raw \\<b>tags\\</b> stay text.

      ## Career outcomes

      Prepares you for senior care roles.

      ## Objectives

      To improve joint working in dementia care.
      "
    `);
  });

  it("reports every element it could not map, with the element and the reason", () => {
    const unmapped = report.courses[0]!.unmapped.map((item) => `${item.element}: ${item.value} — ${item.reason}`);
    expect(unmapped).toMatchInlineSnapshot(`
      [
        "dc:description[1]: javascript:alert(1) — link removed: descriptions may only link to web pages",
        "dc:description[1]: data:image/png;base64,AAAA — image removed: descriptions may only link to web pages",
        "dc:description[3][@xsi:type=metadataKeywords]: dementia, care, families — a description type our course pages do not show",
        "mlo:credit[3]: scheme Moorside Points, level M, value 180 — the scheme "Moorside Points" is not one we list (CATS, ECTS, SCQF)",
        "mlo:credit[4]: scheme CATS, level (empty), value 10 — the level is empty",
        "mlo:qualification/awardedBy: Moorside College — we keep only the qualification's name",
        "presentation[1]/applyFrom: December — our runs have no field for it",
        "presentation[3]/mlo:start: September 2027 — not a date written YYYY-MM-DD in dtf or the text; listed as starting any time",
        "presentation[3]/studyMode: NLD Study Mode Code: C — the text does not name exactly one studyMode term, and there is no XCRI-CAP code",
        "presentation[3]/attendancePattern: Sometimes — "ZZ" is not an XCRI-CAP 1.2 attendancePattern code, and the text names no term",
        "presentation[3]/mlo:cost: UK fee: GBP155.00; Ireland fee: GBP340.00 — several sums; choose the one that applies to our learners",
        "presentation[3]/applyTo: http://www.moorside.example.ac.uk/apply — catalogue links must use https; check the page at https:// and add it by hand",
        "presentation[3]/mlo:languageOfInstruction: cy — our runs have no field for it",
        "dc:identifier[2]: DCT01 — only the first identifier is kept, as xcriImport.source",
      ]
    `);
  });

  it("accounts for every course: imported, or skipped with a reason", () => {
    expect(report.courses.map((entry) => [entry.file ?? entry.source, entry.outcome, entry.reason])).toEqual([
      ["courses/moorside-college/dementia-care-together.md", "created", undefined],
      ["courses/moorside-college/safeguarding-adults.md", "created", undefined],
      ["courses/moorside-college/safeguarding-adults-safe2.md", "created", undefined],
      ["NO-TITLE", "skipped", "the course has no dc:title"],
    ]);
    expect(report.summary).toMatchObject({ courses: 4, created: 3, updated: 0, unchanged: 0, skipped: 1, refused: 0 });
  });

  it("gives a course without a description or outcomes TODOs for them", async () => {
    const { data, body: emptyBody } = await readEntry(outDir, "courses/moorside-college/safeguarding-adults.md");
    expect(data.summary).toMatch(/^TODO: .*summary/);
    expect(data.learningOutcomes).toMatch(/^TODO: /);
    expect(emptyBody.trim()).toBe("TODO: imported from XCRI-CAP; write a few paragraphs describing the course");
  });

  it("prints a summary with counts per element and per TODO field", () => {
    expect(summaryText(report)).toMatchSnapshot();
  });
});

describe("a venue whose postcode's district is unknown", () => {
  it("gets a region TODO naming the vocabulary command", async () => {
    const outDir = await freshOutDir();
    await importInto(
      outDir,
      feedWith(
        `<course><dc:title>Far away</dc:title><presentation><studyMode identifier="PT"/><venue><provider><dc:title>Hall</dc:title><mlo:location><mlo:town>Nowhere</mlo:town><mlo:postcode>ZZ99 9ZZ</mlo:postcode></mlo:location></provider></venue></presentation></course>`,
      ),
    );
    const { data } = await readEntry(outDir, "courses/test-provider/far-away.md");
    const venue = (data.presentations as Record<string, unknown>[])[0]!.venue as Record<string, unknown>;
    expect(venue.region).toContain("`npm run vocabulary regions`");
  });
});

describe("a run with nowhere to be", () => {
  it("gets a venue TODO when neither the run nor its provider gives a place", async () => {
    const outDir = await freshOutDir();
    const report = await importInto(
      outDir,
      feedWith(
        `<course><dc:title>Nowhere</dc:title><presentation><studyMode identifier="PT"/></presentation></course>`,
      ),
    );
    const { data } = await readEntry(outDir, "courses/test-provider/nowhere.md");
    expect((data.presentations as Record<string, unknown>[])[0]!.venue).toMatch(/^TODO: .*or set online: true$/);
    expect(report.courses[0]!.todos).toContain("presentations[0].venue");
  });
});

describe("subjects as topics", () => {
  const course = (subjects: string) =>
    feedWith(
      `<course><dc:title>Subjects</dc:title>${subjects}<presentation><studyMode identifier="PT"/></presentation></course>`,
    );

  it("maps a subject naming a topic by label, alias or id, ignoring case and space, once each in vocabulary order", async () => {
    const outDir = await freshOutDir();
    const report = await importInto(
      outDir,
      course(`
        <dc:subject>Palliative Care</dc:subject>
        <dc:subject>  DEMENTIA </dc:subject>
        <dc:subject>mental-health</dc:subject>
        <dc:subject>Alzheimer's</dc:subject>
        <dc:subject identifier="communication">Communication</dc:subject>`),
    );
    const { data } = await readEntry(outDir, "courses/test-provider/subjects.md");
    expect(data.topics).toEqual(["dementia", "mental-health", "end-of-life-care"]);
    expect(data.themes).toEqual(["communication"]);
    expect(report.courses[0]!.unmapped.filter((item) => item.element.startsWith("dc:subject"))).toEqual([]);
  });

  it("reports each subject that names no topic, keeps the ones that do, and passes over empty ones", async () => {
    const outDir = await freshOutDir();
    const report = await importInto(
      outDir,
      course(`
        <dc:subject identifier="N500">Marketing</dc:subject>
        <dc:subject>Carers</dc:subject>
        <dc:subject> </dc:subject>
        <dc:subject>Dementia care</dc:subject>`),
    );
    const { data } = await readEntry(outDir, "courses/test-provider/subjects.md");
    expect(data.topics).toEqual(["carers"]);
    const subjects = report.courses[0]!.unmapped.filter((item) => item.element.startsWith("dc:subject"));
    expect(subjects.map((item) => `${item.element}: ${item.value}`)).toEqual([
      "dc:subject[1]: Marketing",
      "dc:subject[4]: Dementia care",
    ]);
    expect(subjects[0]!.reason).toContain("`npm run vocabulary topics`");
    expect(report.summary.unmappedByElement["dc:subject"]).toBe(2);
  });

  it("leaves topics out, with no TODO, when no subject names one: topics are optional", async () => {
    const outDir = await freshOutDir();
    const report = await importInto(outDir, course(`<dc:subject>Engineering</dc:subject>`));
    const { data } = await readEntry(outDir, "courses/test-provider/subjects.md");
    expect(data).not.toHaveProperty("topics");
    expect(report.courses[0]!.todos).not.toContain("topics");
    expect(data.themes).toContain("the feed's subjects: Engineering");
  });
});
