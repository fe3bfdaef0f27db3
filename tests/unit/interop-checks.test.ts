import { describe, expect, it } from "vitest";
import { checkAtomFeed } from "../interop/atom.ts";
import { checkCalendar, checkCoursesCsv, calendarsOnPage } from "../interop/files.ts";
import { openBadgesAchievementValidator, publishedSchemaValidator } from "../interop/json-schemas.ts";
import { checkGoogleCourseInfo, checkSchemaOrg, loadSchemaOrg } from "../interop/schemaorg.ts";

/**
 * Each check that tests/e2e/interop.spec.ts runs over the built site passes a good input and fires
 * on a known-bad one, so a clean result over dist/ means the exports pass, not that a check is blind.
 */
const vocabulary = loadSchemaOrg();
const rulesOf = (problems: readonly { rule: string }[]) => problems.map(({ rule }) => rule);

describe("schema.org, by its published vocabulary", () => {
  const course = {
    "@context": "https://schema.org",
    "@type": "Course",
    name: "Working together",
    description: "A course.",
    provider: { "@type": "Organization", name: "Example", url: "https://example.org/" },
    numberOfCredits: { "@type": "QuantitativeValue", value: 20, unitText: "CATS credits at level 6" },
    offers: [{ "@type": "Offer", category: "Paid", price: 80, priceCurrency: "GBP" }],
    hasCourseInstance: [{ "@type": "CourseInstance", courseMode: "onsite", courseWorkload: "PT21H" }],
  };

  it("passes real types and properties in their domains and ranges", () => {
    expect(checkSchemaOrg(course, vocabulary)).toEqual([]);
    expect(checkGoogleCourseInfo(course)).toEqual([]);
  });

  it("fires on a property schema.org does not define", () => {
    expect(rulesOf(checkSchemaOrg({ ...course, assessmentMethod: "An essay" }, vocabulary))).toEqual([
      "unknown property assessmentMethod",
    ]);
  });

  it("fires on a property used outside its domain, and on a value outside its range", () => {
    expect(
      rulesOf(checkSchemaOrg({ "@type": "ItemList", about: { "@type": "Organization", name: "x" } }, vocabulary)),
    ).toEqual(["about on ItemList, outside its domain"]);
    expect(
      rulesOf(checkSchemaOrg({ ...course, numberOfCredits: { "@type": "StructuredValue", value: 20 } }, vocabulary)),
    ).toEqual(["value on StructuredValue, outside its domain"]);
    expect(rulesOf(checkSchemaOrg({ ...course, provider: { "@type": "Offer", name: "x" } }, vocabulary))).toEqual([
      "provider holding Offer, outside its range",
    ]);
  });

  it("fires on a type schema.org does not define", () => {
    expect(rulesOf(checkSchemaOrg({ "@type": "Lesson", name: "x" }, vocabulary))).toEqual(["unknown type Lesson"]);
  });

  it("holds Courses to Google's Course info profile: offers with a category, a schedule or workload per instance", () => {
    const { offers: _offers, ...withoutOffers } = course;
    expect(rulesOf(checkGoogleCourseInfo(withoutOffers))).toEqual(["Course without offers"]);
    expect(
      rulesOf(
        checkGoogleCourseInfo({
          ...course,
          hasCourseInstance: [
            {
              "@type": "CourseInstance",
              courseMode: "onsite",
              courseSchedule: { "@type": "Schedule", description: "Tuesdays" },
            },
          ],
        }),
      ),
    ).toEqual(["CourseInstance without courseSchedule (duration, repeatFrequency, repeatCount) or courseWorkload"]);
    expect(
      checkGoogleCourseInfo({
        ...course,
        hasCourseInstance: [
          {
            "@type": "CourseInstance",
            courseMode: "onsite",
            courseSchedule: { "@type": "Schedule", duration: "PT3H", repeatFrequency: "P1W", repeatCount: 6 },
          },
        ],
      }),
    ).toEqual([]);
  });
});

describe("Open Badges 3.0, by 1EdTech's JSON Schema", () => {
  const validate = openBadgesAchievementValidator();
  const context = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
  ];
  const issuer = { id: "https://example.org/providers/u/", type: ["Profile"], name: "Example University" };
  const achievement = {
    "@context": context,
    id: "https://example.org/courses/c/achievement.json",
    type: ["Achievement"],
    achievementType: "Course",
    name: "Working together",
    description: "A course.",
    criteria: { id: "https://example.org/courses/c/", narrative: "Complete the course." },
    creditsAvailable: 20,
    endorsement: [
      {
        "@context": context,
        id: "https://example.org/courses/c/achievement.json#credit-rating",
        type: ["VerifiableCredential", "EndorsementCredential"],
        name: "Credit rating by Example University",
        issuer,
        validFrom: "2026-01-01T00:00:00Z",
        credentialSubject: { id: "https://example.org/courses/c/achievement.json", type: ["EndorsementSubject"] },
      },
    ],
  };

  it("passes an Achievement with a correctly shaped endorsement", () => {
    expect(validate(achievement)).toEqual([]);
  });

  it("fires on an endorsement that is not a whole EndorsementCredential", () => {
    const { "@context": _context, id: _id, name: _name, ...bare } = achievement.endorsement[0]!;
    expect(rulesOf(validate({ ...achievement, endorsement: [bare] }))).toEqual([
      "/endorsement/*: must have required property '@context'",
      "/endorsement/*: must have required property 'id'",
      "/endorsement/*: must have required property 'name'",
    ]);
  });

  it("fires on an Achievement without criteria", () => {
    const { criteria: _criteria, ...withoutCriteria } = achievement;
    expect(rulesOf(validate(withoutCriteria))).toEqual(["/: must have required property 'criteria'"]);
  });
});

describe("a JSON Schema the site publishes", () => {
  it("fires on a record that breaks it", () => {
    const validate = publishedSchemaValidator({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: { generatedAt: { type: "string", format: "date-time" } },
      required: ["generatedAt"],
    });
    expect(validate({ generatedAt: "2026-11-25T00:00:00Z" })).toEqual([]);
    expect(rulesOf(validate({ generatedAt: "yesterday" }))).toEqual(['/generatedAt: must match format "date-time"']);
  });
});

describe("Atom, by RFC 4287", () => {
  const feed = (
    entry: string,
    head = "<id>https://example.org/feed</id><title>Courses</title><updated>2026-11-25T00:00:00Z</updated>",
  ) =>
    `<feed xmlns="http://www.w3.org/2005/Atom">${head}<author><name>Example</name></author><link rel="self" href="https://example.org/feed"/>${entry}</feed>`;
  const entry =
    '<entry><id>https://example.org/c</id><title>Course</title><updated>2026-11-25T00:00:00Z</updated><link rel="alternate" href="https://example.org/c"/></entry>';

  it("passes a feed that meets the RFC", () => {
    expect(checkAtomFeed(feed(entry))).toEqual([]);
  });

  it("fires on a missing id, a date that is not RFC 3339, and an entry with neither content nor link", () => {
    expect(
      rulesOf(checkAtomFeed(feed(entry, "<title>Courses</title><updated>2026-11-25T00:00:00Z</updated>"))),
    ).toEqual(["4.1.1 exactly one atom:id in atom:feed"]);
    expect(rulesOf(checkAtomFeed(feed(entry.replace("2026-11-25T00:00:00Z", "25 November 2026"))))).toEqual([
      "3.3 atom:updated is an RFC 3339 date-time",
    ]);
    expect(rulesOf(checkAtomFeed(feed(entry.replace(/<link[^>]*\/>/, ""))))).toEqual([
      "4.1.2 an entry without atom:content has an alternate link",
    ]);
  });
});

describe("the courses CSV read back", () => {
  const json = {
    courses: [
      {
        id: "c",
        title: "Course",
        provider: "p",
        status: "active",
        creditStatus: "not-credit-rated",
        themes: ["communication"],
        professions: ["social-worker"],
        workforceLevels: ["micro"],
        learnerMix: ["multi-agency"],
        presentations: [],
      },
    ],
  };
  const header =
    "course_id,title,provider_id,status,credit_status,themes,professions,workforce_levels,learner_mix,topics,run_id,start,flexible_start,end,apply_by,study_mode,attendance_mode,attendance_pattern,venue,town,postcode,region,online,cost_gbp,places,apply_url";
  const row = "c,Course,p,active,not-credit-rated,communication,social-worker,micro,multi-agency,,,,,,,,,,,,,,,,,";

  it("passes when every column carries its JSON field", () => {
    expect(checkCoursesCsv(`${header}\r\n${row}\r\n`, json)).toEqual([]);
  });

  it("fires when a value does not read back the same", () => {
    expect(rulesOf(checkCoursesCsv(`${header}\r\n${row.replace("Course", "Course ")}\r\n`, json))).toEqual([
      "title differs from the JSON",
    ]);
  });
});

describe("a calendar read back with ical.js", () => {
  const ics = (day: string) =>
    [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//test//EN",
      "BEGIN:VEVENT",
      "UID:c-1@course-finder",
      "DTSTAMP:20261125T000000Z",
      `DTSTART;VALUE=DATE:${day}`,
      "SUMMARY:Course",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");

  it("passes a calendar of days to come", () => {
    expect(checkCalendar(ics("20270111"), "2026-11-25", false, "c")).toEqual([]);
  });

  it("fires on a past day, on any calendar for a withdrawn course, and on text that is not iCalendar", () => {
    expect(rulesOf(checkCalendar(ics("20260111"), "2026-11-25", false, "c"))).toEqual([
      "an event before the as-of date",
    ]);
    expect(rulesOf(checkCalendar(ics("20270111"), "2026-11-25", true, "c"))).toEqual([
      "a withdrawn course offers a calendar",
    ]);
    expect(rulesOf(checkCalendar("BEGIN:VCALENDAR\r\nnot a line", "2026-11-25", false, "c"))).toEqual([
      "ical.js cannot parse the calendar",
    ]);
  });

  it("finds the calendar a page offers as a data: link", () => {
    const link = `<a href="data:text/calendar;charset=utf-8,${encodeURIComponent(ics("20270111"))}" download="c.ics">`;
    expect(calendarsOnPage(link)).toEqual([ics("20270111")]);
  });
});
