import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkSite, formatFigures, type SiteFigures } from "../interop/check-site.ts";

/**
 * Every export of the built site (dist/) through the validators others use (tests/interop/README.md):
 * the XCRI-CAP validator's own rule file, schema.org's vocabulary, Google's Course info profile,
 * 1EdTech's Open Badges 3.0 schema, our own published JSON Schemas, RFC 4287, the CSV read back and
 * ical.js. `npm run check:interop` prints the same figures.
 */
const dist = path.resolve(import.meta.dirname, "../../dist");
let site: SiteFigures;

test.beforeAll(() => {
  site = checkSite(dist);
  console.log(formatFigures(site));
});

const rules = (figures: SiteFigures[keyof SiteFigures]) => Object.fromEntries(figures.byRule);

test("each provider's XCRI-CAP feed passes every Exception rule of the XCRI-CAP validator", () => {
  const providers = JSON.parse(readFileSync(path.join(dist, "api/providers.json"), "utf8")) as {
    providers: { id: string }[];
  };
  const courses = JSON.parse(readFileSync(path.join(dist, "api/courses.json"), "utf8")) as {
    courses: { provider: string; status: string }[];
  };
  const withCourses = providers.providers.filter(({ id }) =>
    courses.courses.some((course) => course.provider === id && course.status !== "withdrawn"),
  );
  expect(site.xcriProviders.files).toBe(withCourses.length);
  expect(site.xcriProviders.passing).toBe(site.xcriProviders.files);
  // The warnings the data allows us to meet stay met: vocabulary captions, locations, descriptions, outcomes.
  expect(
    Object.keys(rules(site.xcriProviders)).filter((rule) =>
      /recommended .* values|location|start|description|learningOutcome/.test(rule),
    ),
  ).toEqual([]);
  for (const { id } of withCourses) {
    const page = readFileSync(path.join(dist, `providers/${id}/index.html`), "utf8");
    expect(page, `the page of ${id} links its feed`).toContain(`feeds/xcri-cap/${id}.xml"`);
  }
  const index = readFileSync(path.join(dist, "feeds/index.html"), "utf8");
  for (const { id } of withCourses) expect(index, `the feed index lists ${id}`).toContain(`feeds/xcri-cap/${id}.xml"`);
});

test("the combined XCRI-CAP feed breaks only the one-provider-per-catalog rule", () => {
  const exceptions = Object.entries(rules(site.xcriCombined)).filter(([rule]) => rule.startsWith("Exception"));
  expect(exceptions).toEqual([["Exception: All catalogs must contain one and only one provider element", 1]]);
});

test("every page's JSON-LD uses only schema.org types and properties, each within its domain and range", () => {
  expect(site.schemaOrg.files).toBeGreaterThan(100);
  expect(rules(site.schemaOrg)).toEqual({});
});

test("every course's JSON-LD meets Google's Course info profile, except offers for a course that has never run", () => {
  expect(site.googleCourseInfo.files).toBeGreaterThanOrEqual(40);
  const courses = JSON.parse(readFileSync(path.join(dist, "api/courses.json"), "utf8")) as {
    courses: { id: string; presentations: unknown[] }[];
  };
  const neverRun = new Set(courses.courses.filter((course) => course.presentations.length === 0).map(({ id }) => id));
  for (const [file, problems] of site.googleCourseInfo.byFile) {
    const id = file.split(path.sep).at(-2)!;
    expect(problems, file).toEqual(["Course without offers"]);
    expect(neverRun.has(id), `${id} has runs, so it has a price to offer`).toBe(true);
  }
});

test("every achievement.json is an Achievement by 1EdTech's Open Badges 3.0 JSON Schema", () => {
  expect(site.openBadges.files).toBeGreaterThan(0);
  expect(rules(site.openBadges)).toEqual({});
});

test("api/courses.json, providers.json, pathways.json and coverage.json validate against the JSON Schemas the site publishes", () => {
  expect(site.apiJson.files).toBe(4);
  expect(rules(site.apiJson)).toEqual({});
});

test("every Atom feed meets RFC 4287", () => {
  expect(site.atom.files).toBeGreaterThan(1);
  expect(rules(site.atom)).toEqual({});
});

test("the courses CSV parses back to the records of the JSON", () => {
  expect(existsSync(path.join(dist, "api/courses.csv"))).toBe(true);
  expect(rules(site.csv)).toEqual({});
});

test("every calendar parses with ical.js and holds only dates to come; a withdrawn course offers none", () => {
  expect(site.calendars.files).toBeGreaterThan(10);
  expect(rules(site.calendars)).toEqual({});
});
