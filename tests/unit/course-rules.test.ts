import { describe, expect, it } from "vitest";
import {
  inHouseProvider,
  lines,
  toMarkdown,
  validCourse,
  validProvider,
  validateCourse,
  validateFiles,
  minimalCatalogue,
} from "../helpers/catalogue.ts";

const run = () => ({ ...(validCourse().presentations as Record<string, unknown>[])[0]! });
const trustFile = { "providers/fixture-trust.md": toMarkdown(inHouseProvider()) };
/** Finding lines for the fixture course with `overrides`, optionally with the in-house trust as provider. */
const findingsFor = async (overrides: Record<string, unknown>) =>
  lines(await validateCourse(validCourse(overrides), trustFile)).map((line) => line.replace(/^\S+ /, ""));

/** A credit-rated course run by the in-house trust, with all the evidence a rating panel needs. */
const creditRated = (overrides: Record<string, unknown> = {}) => ({
  provider: "fixture-trust",
  creditStatus: "credit-rated",
  qualityAssurance: "Moderated by the university's link tutor.",
  creditRating: { ratedBy: "fixture-university", ratedOn: "2026-01-10", reviewDue: "2029-01-10", reference: "FU-CR-1" },
  ...overrides,
});

describe("references", () => {
  it("reports a provider, partner and awarding body that do not exist", async () => {
    expect(
      await findingsFor({
        awardingBody: "nowhere-university",
        partners: [{ provider: "ghost-trust", roles: ["planning"] }],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error awardingBody: No provider has the id "nowhere-university" (Use the id of a file in content/providers/, or add content/providers/nowhere-university.md)",
        "error partners[0].provider: No provider has the id "ghost-trust" (Use the id of a file in content/providers/, or add content/providers/ghost-trust.md)",
      ]
    `);
  });

  it("needs exactly one of provider or name on a partner", async () => {
    expect(await findingsFor({ partners: [{ roles: ["delivering"] }] })).toMatchInlineSnapshot(`
      [
        "error partners[0]: A partner needs exactly one of provider or name (Use provider: <id> for a provider in the catalogue, or name: for any other organisation)",
      ]
    `);
  });
});

describe("credit status", () => {
  it("accepts a credit-rated course with complete evidence", async () => {
    expect(await findingsFor(creditRated())).toEqual([]);
  });

  it("credit-rated needs every rating field and the panel's evidence", async () => {
    const course = validCourse({
      provider: "fixture-trust",
      creditStatus: "credit-rated",
      creditRating: { ratedBy: "fixture-university" },
    });
    delete course.assessment;
    delete course.notionalHours;
    expect(lines(await validateCourse(course, trustFile)).map((line) => line.replace(/^\S+ /, "")))
      .toMatchInlineSnapshot(`
        [
          "error assessment: Enter how learning is assessed: courses that carry academic credit must say (A credit-rated course must say: add assessment: with the method, who marks it and how)",
          "error qualityAssurance: Enter how the quality of the course is assured: credit-rated courses must say (A credit-rated course must say: add qualityAssurance: with moderation, external examining or evaluation arrangements)",
          "error notionalHours: Enter at least 10 notional hours of learning: courses that carry credit need them (A credit-rated course needs at least 10: set notionalHours: to the total hours of study)",
          "error creditRating.ratedOn: Enter the date the course was credit rated (A credit-rated course needs creditRating.ratedOn: copy it from the university's rating letter)",
          "error creditRating.reviewDue: Enter the date the rating must be reviewed by (A credit-rated course needs creditRating.reviewDue: copy it from the university's rating letter)",
          "error creditRating.reference: Enter the university's reference for the rating (A credit-rated course needs creditRating.reference: copy it from the university's rating letter)",
        ]
      `);
  });

  it("credit-rated needs a university as the rating body", async () => {
    const found = await findingsFor(
      creditRated({
        creditRating: { ratedBy: "fixture-trust", ratedOn: "2026-01-10", reviewDue: "2029-01-10", reference: "X" },
      }),
    );
    expect(found).toMatchInlineSnapshot(`
      [
        "error creditRating.ratedBy: Only a university can credit rate a course (Fixture Community NHS Trust is not a university: name a university (a provider with type: hei))",
      ]
    `);
  });

  it("rating-pending needs the university asked", async () => {
    expect(await findingsFor({ creditStatus: "rating-pending", qualityAssurance: "Peer review." }))
      .toMatchInlineSnapshot(`
        [
          "error creditRating.requestedFrom: Select the university you asked to credit rate the course (A rating-pending course must name it: add creditRating: { requestedFrom: <university id> })",
        ]
      `);
  });

  it("accredited needs an awarding body when the provider cannot award", async () => {
    expect(await findingsFor({ provider: "fixture-trust" })).toContain(
      "error awardingBody: Select the university or college that awards the credit (An accredited course needs one, and Fixture Community NHS Trust is not one: add awardingBody: with the id of the university that awards the credit)",
    );
  });

  it("accredited by a college with awarding powers is accepted", async () => {
    const college = inHouseProvider({
      id: "fixture-college",
      name: "Fixture College",
      type: "fe-college",
      awardingPowers: true,
    });
    const found = lines(
      await validateCourse(validCourse({ provider: "fixture-college" }), {
        "providers/fixture-college.md": toMarkdown(college),
      }),
    );
    expect(found).toEqual([]);
  });

  it("a service-user-led group cannot declare awarding powers", async () => {
    const group = inHouseProvider({ type: "service-user-led", awardingPowers: true });
    const found = lines(await validateCourse(validCourse(), { "providers/fixture-trust.md": toMarkdown(group) }));
    expect(found).toEqual([
      "content/providers/fixture-trust.md:15:1 error awardingPowers: Only universities, colleges, national agencies and independent awarding organisations can declare awarding powers (Remove awardingPowers:, and name the university that awards the credit on each course instead)",
    ]);
  });

  it("a university's own course is accredited, not credit rated", async () => {
    const found = await findingsFor(creditRated({ provider: "fixture-university" }));
    expect(found).toContain(
      "error creditRating.ratedBy: A university does not credit rate its own course: its own modules are accredited (Set creditStatus: accredited and remove creditRating)",
    );
  });

  it("credits need notional hours", async () => {
    const course = validCourse();
    delete course.notionalHours;
    expect(lines(await validateCourse(course)).map((line) => line.replace(/^\S+ /, ""))).toEqual([
      "error notionalHours: Enter at least 10 notional hours of learning: courses that carry credit need them (Credits need the notional hours of learning they stand for: add notionalHours: the total hours of study (10 for each CATS credit))",
    ]);
  });

  it("not-credit-rated cannot list credits or a rating", async () => {
    expect(
      await findingsFor({ creditStatus: "not-credit-rated", creditRating: { requestedFrom: "fixture-university" } }),
    ).toMatchInlineSnapshot(`
      [
        "error credits: A course with no academic credit cannot list credits (Remove credits:, or set creditStatus: to accredited, credit-rated or rating-pending)",
        "error creditRating: A course with no academic credit cannot have a credit rating (Remove creditRating:, or set creditStatus: to credit-rated or rating-pending)",
      ]
    `);
  });
});

describe("credit values", () => {
  it("keeps levels within each scheme's range", async () => {
    const found = await findingsFor({
      credits: [
        { scheme: "CATS", level: 9, value: 20 },
        { scheme: "SCQF", level: 13, value: 20 },
      ],
    });
    expect(found).toMatchInlineSnapshot(`
      [
        "error credits[0].level: The level must be 3 to 8 for this credit scheme (CATS credit level must be 3 to 8, not 9: use the FHEQ level, 3 to 8)",
        "error credits[1].level: The level must be 1 to 12 for this credit scheme (SCQF credit level must be 1 to 12, not 13: use the SCQF level, 1 to 12)",
      ]
    `);
  });

  it("warns when notional hours and ECTS disagree with CATS", async () => {
    const found = await findingsFor({
      notionalHours: 150,
      credits: [
        { scheme: "CATS", level: 6, value: 20 },
        { scheme: "ECTS", level: 7, value: 20 },
      ],
    });
    expect(found).toMatchInlineSnapshot(`
      [
        "warning credits[1].level: ECTS level 7 differs from the CATS level 6 (Give ECTS and CATS values the same FHEQ level)",
        "warning credits[1].value: 20 CATS credits are 10 ECTS, not 20 (Set the ECTS value to 10 (2 CATS = 1 ECTS))",
        "warning notionalHours: 20 CATS credits usually mean 200 notional hours, not 150 (Check the credits and hours; 1 credit = 10 hours, so set notionalHours: 200 if the credits are right)",
      ]
    `);
  });
});

describe("learner mix, themes, involvement and frameworks", () => {
  it("inter-professional needs two professions and excludes uni-professional", async () => {
    expect(
      await findingsFor({ professions: ["district-nurse"], learnerMix: ["inter-professional", "uni-professional"] }),
    ).toMatchInlineSnapshot(`
      [
        "error professions: Select professions from at least 2 different groups for inter-professional learning (Learning that is inter-professional needs professions from at least 2 different groups (every profession listed is in nursing and midwifery): list every profession that learns together, or change learnerMix)",
        "error learnerMix: “One profession” cannot be selected with learning across professions (A course cannot be both uni-professional and inter-professional: keep the one that describes who actually learns together)",
      ]
    `);
  });

  it("a sub-theme needs its parent theme", async () => {
    expect(await findingsFor({ subThemes: ["meetings"] })).toMatchInlineSnapshot(`
      [
        "error subThemes[0]: Sub-theme "meetings" belongs to the theme "communication", which this course does not list (Add communication to themes, or remove the sub-theme)",
      ]
    `);
  });

  it("'none' stands alone and real involvement is described", async () => {
    expect(await findingsFor({ serviceUserInvolvement: { modes: ["none", "delivering"] } })).toMatchInlineSnapshot(`
      [
        "error serviceUserInvolvement.modes: “Not involved” cannot be selected with other ways of taking part ('none' cannot be combined with other ways of involvement: keep [none] alone, or remove it)",
      ]
    `);
  });

  it("an evaluation's findings carry their date, not a future one, and service users who evaluate are involved", async () => {
    const evaluation = { levels: ["reaction", "practice"], methods: "A questionnaire and interviews with managers." };
    expect(
      await findingsFor({
        serviceUserInvolvement: { modes: ["none"] },
        evaluation: {
          ...evaluation,
          participants: ["learners", "service-users-carers"],
          findings: "Teams share plans.",
        },
      }),
    ).toMatchInlineSnapshot(`
      [
        "error evaluation.participants: Service users and carers take part in the evaluation, so select “Evaluating” for how service users and carers take part (Add evaluating to serviceUserInvolvement.modes (and remove none), or remove service-users-carers from the evaluation's participants)",
        "error evaluation.findingsDate: Enter the date the latest findings were reported (Add findingsDate: with the date the findings were reported, written YYYY-MM-DD)",
      ]
    `);
    expect(await findingsFor({ evaluation: { ...evaluation, participants: ["learners"], findingsDate: "2099-01-01" } }))
      .toMatchInlineSnapshot(`
      [
        "error evaluation.findings: Enter what the latest evaluation found, or remove its date (Add findings: with what the latest evaluation found, in a sentence or two, or remove findingsDate:)",
        "error evaluation.findingsDate: The date the findings were reported cannot be in the future (Set findingsDate: to the date the findings were reported, on or before 2026-11-25)",
      ]
    `);
    expect(
      await findingsFor({
        evaluation: {
          ...evaluation,
          participants: ["learners"],
          findings: "Teams share plans.",
          findingsDate: "2026-01-01",
        },
      }),
    ).toEqual([]);
  });

  it("an evaluation names what it looks at, how and who takes part, from the lists", async () => {
    expect(await findingsFor({ evaluation: { levels: ["happiness"], participants: [] } })).toMatchInlineSnapshot(`
      [
        "error evaluation.methods: Enter how the course is evaluated (Missing required field "evaluation.methods". Add methods: to the front matter)",
        "error evaluation.levels[0]: "happiness" is not an allowed value for evaluation.levels[0] (Use one of: reaction, learning, practice, impact)",
        "error evaluation.participants: Select who takes part in the evaluation (List at least one value. Add the missing items)",
      ]
    `);
  });

  it("framework dimensions and levels must exist", async () => {
    const found = await findingsFor({
      frameworkAlignment: [
        { framework: "ksf", dimension: "c9", level: 5 },
        { framework: "pcf", dimension: "critical-reflection", level: "asye" },
      ],
    });
    expect(found).toMatchInlineSnapshot(`
      [
        "error frameworkAlignment[0].dimension: "c9" is not a KSF dimension (Use one of: c1, c2, c3, c4, c5, c6, hwb1, hwb2, hwb3, hwb4, hwb5, hwb6, hwb7, hwb8, hwb9, hwb10, ef1, ef2, ef3, ik1, ik2, ik3, g1, g2, g3, g4, g5, g6, g7, g8)",
        "error frameworkAlignment[0].level: "5" is not a KSF level (Use one of: 1, 2, 3, 4)",
      ]
    `);
  });

  it("participatory hours cannot exceed CPD hours", async () => {
    expect(await findingsFor({ cpdHours: 6, participatoryHours: 7 })).toMatchInlineSnapshot(`
      [
        "error participatoryHours: Participatory hours cannot be more than the CPD hours (Participatory hours (7) cannot exceed CPD hours (6): they are the part of the CPD hours spent learning with others)",
      ]
    `);
  });
});

describe("runs", () => {
  it("checks dates, start, venue and unique ids", async () => {
    const found = await findingsFor({
      presentations: [
        { ...run(), end: "2027-01-01", applyBy: "2027-03-01" },
        { ...run(), start: undefined, venue: undefined },
        { ...run(), id: "2027-spring-b", flexibleStart: true },
      ],
    });
    expect(found).toMatchInlineSnapshot(`
      [
        "error presentations[0].end: The end date must be on or after the start date (Check the start and end dates: the run ends on 2027-01-01 but starts on 2027-02-01)",
        "error presentations[0].applyBy: The closing date for applications must be on or before the start date (Check applyBy: it is 2027-03-01, after the run starts on 2027-02-01)",
        "error presentations[1].id: Another run of this course has the same short name (Give each run its own id: "2027-spring" is used twice. Ids such as 2027-spring and 2027-autumn work well)",
        "error presentations[1].start: Enter the start date, or say that learners can start at any time (Add start: YYYY-MM-DD, or flexibleStart: true if learners can start at any time)",
        "error presentations[1].venue: Enter the venue, or say that some or all of the run is online (A run held on campus needs one: add venue: { name, town, postcode, region }, or online: true for a run held online)",
        "error presentations[2].flexibleStart: A run cannot have a start date and also let learners start at any time (Remove one of start: or flexibleStart: true)",
      ]
    `);
  });

  it("accepts an on-demand online run with no venue", async () => {
    const { venue: _venue, ...inPerson } = run();
    const onDemand = {
      ...inPerson,
      start: undefined,
      end: undefined,
      flexibleStart: true,
      attendanceMode: "online",
      online: true,
    };
    expect(await findingsFor({ presentations: [onDemand] })).toEqual([]);
  });
});

describe("sessions", () => {
  it("accepts sessions within the run, timed or not, two on one day at different times", async () => {
    const sessions = [
      { date: "2027-02-01", start: "09:30", end: "12:30" },
      { date: "2027-02-01", start: "13:30", end: "16:00" },
      { date: "2027-03-01" },
      { date: "2027-05-01", start: "18:00" },
    ];
    expect(await findingsFor({ presentations: [{ ...run(), sessions }] })).toEqual([]);
  });

  it("checks session dates against the run, times against each other, repeats and order", async () => {
    const found = await findingsFor({
      presentations: [
        {
          ...run(),
          sessions: [
            { date: "2027-01-25" },
            { date: "2027-03-02", start: "16:00", end: "09:30" },
            { date: "2027-03-02", end: "12:00" },
            { date: "2027-02-16", start: "09:30", end: "12:00" },
            { date: "2027-02-16", start: "09:30" },
            { date: "2027-05-02" },
          ],
        },
        { ...run(), id: "one-day", end: undefined, sessions: [{ date: "2027-02-01" }, { date: "2027-02-08" }] },
        {
          ...run(),
          id: "on-demand",
          start: undefined,
          end: undefined,
          flexibleStart: true,
          sessions: [{ date: "2027-02-01" }],
        },
      ],
    });
    expect(found).toMatchInlineSnapshot(`
      [
        "error presentations[0].sessions[0].date: Session 1 is on 2027-01-25, before the run starts (2027-02-01) (Check the session's date, or move the run's start: to the day of its first session)",
        "error presentations[0].sessions[1].end: Session 2 ends (09:30) before or when it starts (16:00) (Check the times, on the 24-hour clock: half past one in the afternoon is 13:30)",
        "error presentations[0].sessions[2].end: Session 3 has an end time (12:00) but no start time (Add start: with the time it begins, such as 09:30, or remove end: if the day has no set times)",
        "warning presentations[0].sessions[3].date: Session 4 (2027-02-16) is listed after a later one (session 3, 2027-03-02) (List the sessions in date order, earliest first, so they are easy to check)",
        "error presentations[0].sessions[4]: Session 5 repeats session 4 (on 2027-02-16 at 09:30) (Remove the repeated session, or correct its date or start time)",
        "error presentations[0].sessions[5].date: Session 6 is on 2027-05-02, after the run ends (2027-05-01) (Check the session's date, or move the run's end: to the day of its last session)",
        "error presentations[1].sessions[1].date: Session 2 is on 2027-02-08, but the run has no end date, so it lasts one day (2027-02-01) (Add end: with the day of the last session)",
        "error presentations[2].sessions: A run learners can start at any time (flexibleStart: true) has no set days, so it cannot list sessions (Remove sessions:, or give the run a start: date instead of flexibleStart: true)",
      ]
    `);
  });

  it("refuses times that are not real times on the 24-hour clock, and an empty list", async () => {
    const found = await findingsFor({
      presentations: [
        {
          ...run(),
          sessions: [
            { date: "2027-02-01", start: "9:30", end: "24:00" },
            { date: "2027-02-02", start: "13:60" },
            { date: "2027-02-30" },
          ],
        },
        { ...run(), id: "empty", sessions: [] },
      ],
    });
    expect(found).toMatchInlineSnapshot(`
      [
        "error presentations[0].sessions[0].start: Expected a real time written as HH:MM on the 24-hour clock, like 09:30 or 18:00 (Follow the example in the message)",
        "error presentations[0].sessions[0].end: Expected a real time written as HH:MM on the 24-hour clock, like 09:30 or 18:00 (Follow the example in the message)",
        "error presentations[0].sessions[1].start: Expected a real time written as HH:MM on the 24-hour clock, like 09:30 or 18:00 (Follow the example in the message)",
        "error presentations[0].sessions[2].date: Expected a real date written as YYYY-MM-DD, like 2027-03-15 (Write the year, month and day with hyphens, and check the day exists)",
        "error presentations[1].sessions: List at least one session, or leave sessions out (Add the missing items)",
      ]
    `);
  });
});

describe("review dates", () => {
  it("warns when an entry or a credit rating is past its review date", async () => {
    const found = await findingsFor(
      creditRated({
        lastReviewed: "2025-01-01",
        reviewDue: "2026-01-01",
        creditRating: {
          ratedBy: "fixture-university",
          ratedOn: "2023-01-10",
          reviewDue: "2026-01-10",
          reference: "FU-CR-1",
        },
      }),
    );
    expect(found).toMatchInlineSnapshot(`
      [
        "warning reviewDue: This entry was due for review on 2026-01-01 (Check every detail is still right, then update lastReviewed: and reviewDue:)",
        "warning creditRating.reviewDue: The credit rating lapsed after its review date, 2026-01-10; the site no longer shows the course as credit rated (Ask the rating university to review it, then update creditRating; until then, take any credit out of the summary)",
      ]
    `);
  });

  it("refuses a review date before the last review", async () => {
    expect(await findingsFor({ lastReviewed: "2026-10-01", reviewDue: "2026-09-01" })).toMatchInlineSnapshot(`
      [
        "error reviewDue: reviewDue must be after lastReviewed (Set reviewDue: to the date you will next check the entry, usually within a year)",
      ]
    `);
  });
});

describe("files and ids", () => {
  it("reports an id that does not match its file name, a course in the wrong folder, and duplicate ids", async () => {
    const result = await validateFiles({
      ...minimalCatalogue(),
      "courses/fixture-university/fixture-course.md": toMarkdown(validCourse({ id: "other-name" })),
      "courses/fixture-trust/fixture-course-copy.md": toMarkdown(validCourse({ id: "fixture-course-copy" })),
      "courses/fixture-university/fixture-course-copy.md": toMarkdown(validCourse({ id: "fixture-course-copy" })),
      ...trustFile,
    });
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "content/courses/fixture-trust/fixture-course-copy.md:5:1 error provider: The course is in the folder "fixture-trust" but names the provider "fixture-university" (Move the file to content/courses/fixture-university/, or correct provider:)",
        "content/courses/fixture-university/fixture-course-copy.md:2:1 error id: Another course already has the id "fixture-course-copy" (content/courses/fixture-trust/fixture-course-copy.md) (Choose an id no other entry uses, and rename the file to match)",
        "content/courses/fixture-university/fixture-course.md:2:1 error id: The id "other-name" does not match the file name "fixture-course.md" (Rename the file to other-name.md, or set id: fixture-course)",
      ]
    `);
  });

  it("reports files the site would not build instead of ignoring them", async () => {
    const result = await validateCourse(validCourse(), {
      "courses/fixture-university/notes.txt": "scratch",
      "courses/stray.md": toMarkdown(validCourse()),
      "providers/extra/deep.md": toMarkdown(validProvider()),
      "courses/fixture-university/UPPER.MD": toMarkdown(validCourse()),
    });
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "content/courses/fixture-university/notes.txt:1:1 error -: Only Markdown files ending in .md (lower case) belong in content/; this file would not be built (Move or remove the file)",
        "content/courses/fixture-university/UPPER.MD:1:1 error -: Only Markdown files ending in .md (lower case) belong in content/; this file would not be built (Move or remove the file)",
        "content/courses/stray.md:1:1 error -: This file is not where the site looks for entries: use content/providers/<id>.md, content/courses/<provider-id>/<id>.md or content/pathways/<id>.md (Move or remove the file)",
        "content/providers/extra/deep.md:1:1 error -: This file is not where the site looks for entries: use content/providers/<id>.md, content/courses/<provider-id>/<id>.md or content/pathways/<id>.md (Move or remove the file)",
      ]
    `);
  });
});

describe("rules that cope without a broken field", () => {
  it("report the schema's problem, not a crash, when runs are not a list at all", async () => {
    // Found by the validator's property test: the run rule copes with a partly valid list, and must with none.
    const found = await findingsFor({ presentations: "id" });
    expect(found.filter((line) => line.includes("presentations"))).toEqual([
      expect.stringMatching(/^error presentations: Expected a list, found the text "id"/),
    ]);
  });
});
