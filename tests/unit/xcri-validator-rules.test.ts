import { describe, expect, it } from "vitest";
import { dotNetPattern, loadXcriRules, validateXcriFeed } from "../interop/xcri-cap-validator.ts";

/**
 * The port of the XCRI-CAP validator's engine (tests/interop/xcri-cap-validator.ts) evaluates the
 * validator's own rule file. A feed that meets every rule passes; for every Exception rule in the
 * file, a feed broken in the way the rule describes makes that rule fire; and each kind of
 * validator behind the Warning rules fires on a feed built to break it. A refreshed rule file with an
 * Exception rule not listed here fails the coverage test, so each new rule gets a known-bad feed.
 */
const ruleSet = loadXcriRules();

const LOCATION = (postcode: string, address: string, phone: string, email: string) =>
  `<mlo:location><mlo:town>Salford</mlo:town><mlo:postcode>${postcode}</mlo:postcode><mlo:address>${address}</mlo:address><mlo:phone>${phone}</mlo:phone><mlo:email>${email}</mlo:email></mlo:location>`;
const VENUE_LOCATION = LOCATION("M5 4WT", "1 Venue Road", "0161 496 0001", "venue@example.org.uk");
const PROVIDER_LOCATION = LOCATION("M6 6PU", "2 Provider Road", "0161 496 0002", "provider@example.org.uk");

const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo" xmlns:credit="http://purl.org/net/cm" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" generated="2026-11-25T00:00:00Z">
<dc:description>Courses for testing.</dc:description>
<provider>
<dc:identifier>https://example.org/providers/p/</dc:identifier>
<dc:title>Example Provider</dc:title>
<image src="https://example.org/logo.png" alt="Example Provider logo"/>
<mlo:url>https://example.org/</mlo:url>
<course>
<dc:identifier>https://example.org/courses/c/</dc:identifier>
<dc:subject identifier="communication">Communication</dc:subject>
<dc:title>Working together</dc:title>
<dc:description>A course about working together.</dc:description>
<mlo:url>https://example.org/courses/c/</mlo:url>
<abstract>A short course about working together.</abstract>
<mlo:assessment>A case study.</mlo:assessment>
<learningOutcome>Explain the roles in a team.</learningOutcome>
<mlo:qualification><dc:identifier>https://example.org/qualifications/q</dc:identifier><dc:title>Certificate</dc:title><awardedBy>Example Provider</awardedBy></mlo:qualification>
<mlo:credit><credit:scheme>CATS</credit:scheme><credit:level>6</credit:level><credit:value>20</credit:value></mlo:credit>
<presentation>
<dc:identifier>https://example.org/courses/c/#run-1</dc:identifier>
<mlo:start dtf="2027-01-11">2027-01-11</mlo:start>
<end dtf="2027-03-01">2027-03-01</end>
<mlo:duration interval="P7W">Seven weeks</mlo:duration>
<applyTo>https://example.org/apply</applyTo>
<age>18+</age>
<studyMode identifier="PT">Part time</studyMode>
<attendanceMode identifier="CM">Campus</attendanceMode>
<attendancePattern identifier="DT">Daytime</attendancePattern>
<mlo:cost>Free</mlo:cost>
<venue><provider><dc:title>Main campus</dc:title>${VENUE_LOCATION}</provider></venue>
</presentation>
</course>
${PROVIDER_LOCATION}
</provider>
</catalog>`;

/** The good feed with one piece replaced; the piece must occur exactly once. */
function broken(find: string, replace: string): string {
  const at = GOOD.indexOf(find);
  if (at < 0 || GOOD.indexOf(find, at + 1) >= 0) throw new Error(`"${find}" must occur exactly once in the good feed`);
  return GOOD.replace(find, replace);
}

const messagesOf = (feed: string) => new Set(validateXcriFeed(feed, ruleSet).map(({ rule }) => rule.message));

const PRESENTATION_START = "<presentation>\n<dc:identifier>";
const NS = 'xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/"';

/** For each Exception rule (by the start of its message), a feed that breaks it. */
const KNOWN_BAD: readonly [string, string][] = [
  ["The document root element cannot be a course", `<course ${NS}><dc:title>x</dc:title></course>`],
  [
    "The document root element must be a catalog, a provider or a course",
    `<provider ${NS}><dc:title>x</dc:title></provider>`,
  ],
  [
    "All url elements must contain valid URLs",
    broken("<mlo:url>https://example.org/</mlo:url>", "<mlo:url>our website</mlo:url>"),
  ],
  [
    "All href attributes must be valid URIs",
    broken("<mlo:assessment>A case study.</mlo:assessment>", '<mlo:assessment href="not a uri"/>'),
  ],
  [
    "All values of applyTo must be valid URIs",
    broken("<applyTo>https://example.org/apply</applyTo>", "<applyTo>Apply in writing</applyTo>"),
  ],
  [
    "All credit values must be positive integers",
    broken("<credit:value>20</credit:value>", "<credit:value>-2.5</credit:value>"),
  ],
  [
    "All identifiers without an xsi:type attribute should be unique",
    broken(
      "</presentation>\n</course>",
      `</presentation>${GOOD.slice(GOOD.indexOf(PRESENTATION_START), GOOD.indexOf("</presentation>"))}</presentation>\n</course>`,
    ),
  ],
  [
    "Subject elements cannot be empty",
    broken('<dc:subject identifier="communication">Communication</dc:subject>', "<dc:subject> </dc:subject>"),
  ],
  ["Each email node should contain an email address", broken("venue@example.org.uk", "the venue's reception")],
  ["A postcode, if provided, should conform to the UK postal code format", broken("M5 4WT", "Salford")],
  [
    "If a provider uses a duration element, it cannot be empty.",
    broken("Seven weeks</mlo:duration>", "</mlo:duration>"),
  ],
  ["The value of the age element must be formatted", broken("<age>18+</age>", "<age>adults</age>")],
  [
    "Any explicit language set must be one of the 2-character ISO 639-1",
    broken("<abstract>", '<abstract xml:lang="english">'),
  ],
  [
    "Description, abstract, applicationProcedure, assessment, learningOutcome, objective, prerequisite and regulations elements with a href",
    broken(
      "<mlo:assessment>A case study.</mlo:assessment>",
      '<mlo:assessment href="https://example.org/assessment">A case study.</mlo:assessment>',
    ),
  ],
  [
    "Description, abstract, applicationProcedure, assessment, learningOutcome, objective, prerequisite and regulations elements without a href",
    broken("<mlo:assessment>A case study.</mlo:assessment>", "<mlo:assessment/>"),
  ],
  [
    "The root element must be a catalog element in the XCRI-CAP 1.2 namespace",
    GOOD.replace('xmlns="http://xcri.org/profiles/1.2/catalog"', 'xmlns="http://example.org/not-xcri"'),
  ],
  ["All catalogs must supply the date and time", broken(' generated="2026-11-25T00:00:00Z"', "")],
  [
    "All catalogs must contain one and only one provider element",
    broken(
      "</provider>\n</catalog>",
      `</provider>\n${GOOD.slice(GOOD.indexOf("<provider>\n"), GOOD.lastIndexOf("</provider>"))}</provider>\n</catalog>`,
    ),
  ],
  [
    "An abstract element can only be used once per language per catalog",
    broken(
      "<dc:description>Courses for testing.</dc:description>",
      "<abstract>One.</abstract><abstract>Two.</abstract>",
    ),
  ],
  ["All providers must contain one and only one location", broken(PROVIDER_LOCATION, "")],
  [
    "All providers must contain zero or one identifiers without an xsi:type",
    broken(
      "<dc:title>Example Provider</dc:title>",
      "<dc:identifier>https://example.org/other/</dc:identifier><dc:title>Example Provider</dc:title>",
    ),
  ],
  [
    "An identifier must exist within a provider element without an xsi:type attribute with a value that is a URI",
    broken(
      "<dc:identifier>https://example.org/providers/p/</dc:identifier>",
      "<dc:identifier>PROVIDER-1</dc:identifier>",
    ),
  ],
  [
    "All providers must contain at least one identifier",
    broken("<dc:identifier>https://example.org/providers/p/</dc:identifier>", ""),
  ],
  ["All providers must contain one and only one title", broken("<dc:title>Example Provider</dc:title>", "")],
  ["All providers must contain a url", broken("<mlo:url>https://example.org/</mlo:url>", "")],
  [
    "All providers must contain a course",
    broken(GOOD.slice(GOOD.indexOf("<course>"), GOOD.indexOf("</course>") + "</course>".length), ""),
  ],
  [
    "An abstract element can only be used once per language per provider",
    broken(
      "<mlo:url>https://example.org/</mlo:url>",
      "<mlo:url>https://example.org/</mlo:url><abstract>One.</abstract><abstract>Two.</abstract>",
    ),
  ],
  [
    "All courses must contain zero or one identifier elements without an xsi:type",
    broken(
      "<dc:identifier>https://example.org/courses/c/</dc:identifier>",
      "<dc:identifier>https://example.org/courses/c/</dc:identifier><dc:identifier>https://example.org/c2</dc:identifier>",
    ),
  ],
  [
    "All courses must contain at least one identifier",
    broken("<dc:identifier>https://example.org/courses/c/</dc:identifier>", ""),
  ],
  ["All courses must contain a title", broken("<dc:title>Working together</dc:title>", "")],
  [
    "All courses must contain a subject",
    broken('<dc:subject identifier="communication">Communication</dc:subject>', ""),
  ],
  [
    "An abstract element can only be used once per language per course",
    broken(
      "<abstract>A short course about working together.</abstract>",
      "<abstract>One.</abstract><abstract>Two.</abstract>",
    ),
  ],
  [
    "All presentations must contain one and only one start element",
    broken('<mlo:start dtf="2027-01-11">2027-01-11</mlo:start>', ""),
  ],
  [
    "Presentations can contain a maximum of one duration element",
    broken(
      '<mlo:duration interval="P7W">Seven weeks</mlo:duration>',
      '<mlo:duration interval="P7W">Seven weeks</mlo:duration><mlo:duration>Two months</mlo:duration>',
    ),
  ],
  [
    "Presentations can contain a maximum of one end element",
    broken('<end dtf="2027-03-01">2027-03-01</end>', '<end dtf="2027-03-01">2027-03-01</end><end>Spring</end>'),
  ],
  [
    "An abstract element can only be used once per language per presentation",
    broken("<age>18+</age>", "<age>18+</age><abstract>One.</abstract><abstract>Two.</abstract>"),
  ],
  [
    "All presentations with an attendanceMode of 'Campus' must contain one - and only one - venue",
    broken(`<venue><provider><dc:title>Main campus</dc:title>${VENUE_LOCATION}</provider></venue>`, ""),
  ],
  ["Image elements must be empty", broken('alt="Example Provider logo"/>', 'alt="Example Provider logo">Logo</image>')],
  [
    "A provider must provide the location (src attribute) for each image",
    broken('<image src="https://example.org/logo.png"', "<image"),
  ],
  [
    "Image sources must be URIs conforming to the URI scheme",
    broken('src="https://example.org/logo.png"', 'src="logo.png"'),
  ],
  ["A credit element must contain one and only one level element.", broken("<credit:level>6</credit:level>", "")],
  ["A credit element must contain one and only one value element.", broken("<credit:value>20</credit:value>", "")],
  [
    "A venue must contain one - and exactly one - provider element.",
    broken(
      "<venue><provider>",
      "<venue><provider><dc:title>Annexe</dc:title>" +
        VENUE_LOCATION.replace("M5 4WT", "M5 4WU") +
        "</provider><provider>",
    ),
  ],
  [
    "A venue must only contain a single provider element",
    broken("<venue><provider>", "<venue><dc:title>Main campus</dc:title><provider>"),
  ],
  [
    "An XCRI provider's location must contain one and only one postcode element.",
    broken("<mlo:postcode>M6 6PU</mlo:postcode>", ""),
  ],
  [
    "An XCRI provider's location must contain at least one address element.",
    broken("<mlo:address>2 Provider Road</mlo:address>", ""),
  ],
  [
    "An XCRI provider's location must contain one and only one phone element.",
    broken("<mlo:phone>0161 496 0001</mlo:phone>", ""),
  ],
  ["All qualifications must contain one and only one title element", broken("<dc:title>Certificate</dc:title>", "")],
  ["All qualifications must contain an awardedBy element", broken("<awardedBy>Example Provider</awardedBy>", "")],
];

describe("the XCRI-CAP validator's rule file, evaluated by the port of its engine", () => {
  it("reads every rule of the file", () => {
    expect(ruleSet.rules.length).toBe(107);
    expect(ruleSet.rules.filter((rule) => rule.status === "Exception")).toHaveLength(49);
  });

  it("passes a feed that meets every Exception and Warning rule", () => {
    const failures = validateXcriFeed(GOOD, ruleSet).filter(({ rule }) => rule.status !== "Recommendation");
    expect(failures.map(({ rule, details }) => `${rule.message}: ${details}`)).toEqual([]);
  });

  it("has a known-bad feed for every Exception rule in the file", () => {
    const exceptions = ruleSet.rules.filter((rule) => rule.status === "Exception").map((rule) => rule.message);
    const uncovered = exceptions.filter((message) => !KNOWN_BAD.some(([start]) => message.startsWith(start)));
    expect(uncovered).toEqual([]);
  });

  it.each(KNOWN_BAD)("fires %s", (start, feed) => {
    const fired = [...messagesOf(feed)].filter((message) => message.startsWith(start));
    expect(fired.length, `no rule starting "${start}" fired`).toBeGreaterThan(0);
    // And the rule is silent on the good feed, so it fires because of the break.
    expect([...messagesOf(GOOD)].filter((message) => message.startsWith(start))).toEqual([]);
  });

  it.each([
    [
      "studyMode captions from the vocabulary",
      broken("Part time</studyMode>", "Part-time</studyMode>"),
      "recommended studyMode values",
    ],
    [
      "attendanceMode codes from the vocabulary",
      broken('identifier="CM"', 'identifier="XX"'),
      "recommended attendanceMode values",
    ],
    [
      "attendancePattern captions from the vocabulary",
      broken("Daytime</attendancePattern>", "Days</attendancePattern>"),
      "recommended attendancePattern values",
    ],
    ["UK telephone numbers", broken("0161 496 0002", "+44 161 496 0002"), "Telephone and fax numbers"],
    [
      "abstracts of 140 characters at most",
      broken("A short course about working together.", "x".repeat(141)),
      "abstract that exceeds 140",
    ],
    [
      "one subject keyword",
      broken(">Communication</dc:subject>", ">Communication, listening</dc:subject>"),
      "Each subject element",
    ],
    ["ISO 8601 duration intervals", broken('interval="P7W"', 'interval="seven weeks"'), "The interval attribute"],
    [
      "a description on each course",
      broken("<dc:description>A course about working together.</dc:description>", ""),
      "All courses should contain a description",
    ],
    [
      "one learningOutcome per language",
      broken(
        "<learningOutcome>Explain the roles in a team.</learningOutcome>",
        "<learningOutcome>One.</learningOutcome><learningOutcome>Two.</learningOutcome>",
      ),
      "A learningOutcome element can only",
    ],
    [
      "an email on each location",
      broken("<mlo:email>provider@example.org.uk</mlo:email>", ""),
      "should contain one and only one email",
    ],
  ])("warns on %s", (_name, feed, start) => {
    const warnings = validateXcriFeed(feed, ruleSet).filter(
      ({ rule }) => rule.status === "Warning" && rule.message.includes(start),
    );
    expect(warnings.length).toBeGreaterThan(0);
  });

  it("expands .NET character-class subtraction as the validator's postcode pattern means it", () => {
    expect(dotNetPattern("[A-Z-[QVX]]")).toBe("[ABCDEFGHIJKLMNOPRSTUWYZ]");
    expect(new RegExp(`^${dotNetPattern("[A-Z-[CIKMOV]]{2}")}$`).test("AC")).toBe(false);
  });
});
