/**
 * Every interoperability check over a built site (dist/ by default), with its failures counted by
 * rule: the XCRI-CAP validator's rule file on each XCRI-CAP feed, schema.org's vocabulary and Google's
 * Course info profile on each page's JSON-LD, 1EdTech's Open Badges 3.0 schema on each achievement.json,
 * the site's own JSON Schemas on api/*.json, RFC 4287 on each Atom feed, the CSV read back against the
 * JSON, and each calendar read back with ical.js. Used by tests/e2e/interop.spec.ts and by
 * `npm run check:interop`, which prints the figures.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkAtomFeed } from "./atom.ts";
import { calendarsOnPage, checkCalendar, checkCoursesCsv } from "./files.ts";
import { openBadgesAchievementValidator, publishedSchemaValidator } from "./json-schemas.ts";
import { checkGoogleCourseInfo, checkSchemaOrg, jsonLdBlocks, loadSchemaOrg } from "./schemaorg.ts";
import { loadXcriRules, validateXcriFeed, type XcriStatus } from "./xcri-cap-validator.ts";

/** One check's result on one file: failures by rule, and how many files it looked at. */
export interface CheckFigures {
  readonly files: number;
  /** Files with no failure (XCRI-CAP: no Exception-level failure). */
  readonly passing: number;
  /** Failures by rule, such as "Exception: All catalogs must contain one and only one provider element". */
  readonly byRule: Map<string, number>;
  /** Failures by file, for pointing at the one to fix. */
  readonly byFile: Map<string, string[]>;
}

function figures(): CheckFigures & { add(file: string, rules: readonly string[], passed?: boolean): void } {
  const byRule = new Map<string, number>();
  const byFile = new Map<string, string[]>();
  let files = 0;
  let passing = 0;
  return {
    get files() {
      return files;
    },
    get passing() {
      return passing;
    },
    byRule,
    byFile,
    add(file, rules, passed = rules.length === 0) {
      files += 1;
      if (passed) passing += 1;
      if (rules.length > 0) byFile.set(file, [...rules]);
      for (const rule of rules) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    },
  };
}

const walk = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort()
    : [];

const read = (file: string) => readFileSync(file, "utf8");

export interface SiteFigures {
  readonly xcriCombined: CheckFigures;
  readonly xcriProviders: CheckFigures;
  readonly schemaOrg: CheckFigures;
  readonly googleCourseInfo: CheckFigures;
  readonly openBadges: CheckFigures;
  readonly apiJson: CheckFigures;
  readonly atom: CheckFigures;
  readonly csv: CheckFigures;
  readonly calendars: CheckFigures;
}

export function checkSite(dist: string): SiteFigures {
  const relative = (file: string) => path.relative(dist, file);

  // XCRI-CAP: the combined feed, and each provider's feed apart (one provider per catalog, as the profile wants).
  const xcriCombined = figures();
  const xcriProviders = figures();
  const rules = loadXcriRules();
  const counted: readonly XcriStatus[] = ["Exception", "Warning"];
  const xcriFeeds = [path.join(dist, "feeds/xcri-cap.xml"), ...walk(path.join(dist, "feeds/xcri-cap"))];
  for (const file of xcriFeeds.filter((name) => existsSync(name))) {
    const failures = validateXcriFeed(read(file), rules).filter(({ rule }) => counted.includes(rule.status));
    (file.endsWith("xcri-cap.xml") ? xcriCombined : xcriProviders).add(
      relative(file),
      failures.map(({ rule }) => `${rule.status}: ${rule.message}`),
      !failures.some(({ rule }) => rule.status === "Exception"),
    );
  }

  // schema.org and Google's Course profile, on every page with JSON-LD.
  const schemaOrg = figures();
  const googleCourseInfo = figures();
  const calendars = figures();
  const vocabulary = loadSchemaOrg();
  const api = JSON.parse(read(path.join(dist, "api/courses.json"))) as {
    asOf: string;
    courses: { id: string; status: string }[];
  };
  const statusOf = new Map(api.courses.map((course) => [course.id, course.status]));
  for (const file of walk(dist).filter((name) => name.endsWith(".html"))) {
    const html = read(file);
    const blocks = jsonLdBlocks(html);
    if (blocks.length > 0)
      schemaOrg.add(
        relative(file),
        blocks.flatMap((block) => checkSchemaOrg(block, vocabulary).map(({ rule }) => rule)),
      );
    for (const block of blocks) {
      if (typeof block !== "object" || block === null || (block as { "@type"?: unknown })["@type"] !== "Course")
        continue;
      const course = block as Record<string, unknown>;
      const problems = checkGoogleCourseInfo(course).map(({ rule }) => rule);
      // Every run the page shows is a CourseInstance: the runs table has one "Dates" cell per run.
      const runsShown = html.match(/<td data-label="Dates"/g)?.length ?? 0;
      const instances = Array.isArray(course["hasCourseInstance"]) ? course["hasCourseInstance"].length : 0;
      if (instances !== runsShown) problems.push("hasCourseInstance for every run shown");
      googleCourseInfo.add(relative(file), problems);
    }
    const courseId = /courses\/([^/]+)\/index\.html$/.exec(file.split(path.sep).join("/"))?.[1];
    if (courseId && statusOf.has(courseId))
      for (const ics of calendarsOnPage(html))
        calendars.add(
          relative(file),
          checkCalendar(ics, api.asOf, statusOf.get(courseId) === "withdrawn", courseId).map(({ rule }) => rule),
        );
  }

  // Open Badges 3.0: every achievement.json against the Achievement class of 1EdTech's schema.
  const openBadges = figures();
  const achievementFailures = openBadgesAchievementValidator();
  for (const file of walk(path.join(dist, "courses")).filter((name) => name.endsWith("achievement.json")))
    openBadges.add(
      relative(file),
      achievementFailures(JSON.parse(read(file))).map(({ rule }) => rule),
    );

  // Our own contracts: api/<name>.json against api/<name>.schema.json, as published.
  const apiJson = figures();
  for (const name of ["courses", "providers", "pathways", "coverage"]) {
    const schema = JSON.parse(read(path.join(dist, `api/${name}.schema.json`))) as object;
    const data = JSON.parse(read(path.join(dist, `api/${name}.json`))) as unknown;
    apiJson.add(
      `api/${name}.json`,
      publishedSchemaValidator(schema)(data).map(({ rule }) => rule),
    );
  }

  const atom = figures();
  for (const file of walk(path.join(dist, "feeds")).filter((name) => name.endsWith(".atom.xml")))
    atom.add(
      relative(file),
      checkAtomFeed(read(file)).map(({ rule }) => rule),
    );

  const csv = figures();
  csv.add(
    "api/courses.csv",
    checkCoursesCsv(
      read(path.join(dist, "api/courses.csv")),
      JSON.parse(read(path.join(dist, "api/courses.json"))),
    ).map(({ rule }) => rule),
  );

  return { xcriCombined, xcriProviders, schemaOrg, googleCourseInfo, openBadges, apiJson, atom, csv, calendars };
}

const TITLES: Readonly<Record<keyof SiteFigures, string>> = {
  xcriCombined: "XCRI-CAP 1.2, combined feed (validator's rule file; a feed passes with no Exception)",
  xcriProviders: "XCRI-CAP 1.2, per-provider feeds (validator's rule file; a feed passes with no Exception)",
  schemaOrg: "schema.org vocabulary",
  googleCourseInfo: "Google Course info",
  openBadges: "Open Badges 3.0 Achievement (1EdTech JSON Schema)",
  apiJson: "api/*.json against the published JSON Schemas",
  atom: "Atom (RFC 4287)",
  csv: "CSV read back against the JSON",
  calendars: "iCalendar (ical.js; upcoming only, none when withdrawn)",
};

/** The figures as text: per check, files passing and failures by rule. */
export function formatFigures(site: SiteFigures): string {
  return (Object.keys(TITLES) as (keyof SiteFigures)[])
    .map((key) => {
      const check = site[key];
      const total = [...check.byRule.values()].reduce((sum, count) => sum + count, 0);
      const lines = [...check.byRule]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([rule, count]) => `    ${count} × ${rule}`);
      return [`${TITLES[key]}: ${check.passing} of ${check.files} files pass; ${total} failures`, ...lines].join("\n");
    })
    .join("\n");
}
