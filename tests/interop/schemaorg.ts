/**
 * Checks a page's schema.org JSON-LD against schema.org's own published vocabulary (the release's
 * schemaorg-all-https.jsonld, kept as reference/schemaorg/schemaorg-<release>-structure.json), and
 * against Google's Course info guidelines, the most precise public profile of Course and CourseInstance.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMAORG_RELEASE = "30.0";

interface Vocabulary {
  readonly release: string;
  /** Each type's direct supertypes. */
  readonly types: Readonly<Record<string, readonly string[]>>;
  readonly properties: Readonly<
    Record<string, { domains: readonly string[]; ranges: readonly string[]; supersededBy?: readonly string[] }>
  >;
}

export function loadSchemaOrg(release = SCHEMAORG_RELEASE): Vocabulary {
  return JSON.parse(
    readFileSync(path.join(here, `reference/schemaorg/schemaorg-${release}-structure.json`), "utf8"),
  ) as Vocabulary;
}

/** One problem, named by a rule id so that figures can be counted by rule. */
export interface StructuredDataProblem {
  readonly rule: string;
  readonly where: string;
}

/** A type and every type above it. */
function ancestry(vocabulary: Vocabulary, type: string): Set<string> {
  const seen = new Set<string>();
  const queue = [type];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(vocabulary.types[next] ?? []));
  }
  return seen;
}

const typesOf = (node: Record<string, unknown>): string[] => {
  const type = node["@type"];
  return (Array.isArray(type) ? type : type === undefined ? [] : [type]).map((t) =>
    String(t).replace(/^(https?:\/\/schema\.org\/|schema:)/, ""),
  );
};

const isNode = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * schema.org's own rules: every type is a schema.org type, every property a schema.org property used
 * on a type in its domain (or below one) and not superseded, and every typed value of a type in the
 * property's range. Literal values are accepted wherever schema.org expects a thing, as its data
 * model says ("text strings are acceptable").
 */
export function checkSchemaOrg(data: unknown, vocabulary: Vocabulary, where = "$"): StructuredDataProblem[] {
  const problems: StructuredDataProblem[] = [];
  const visit = (node: Record<string, unknown>, at: string) => {
    const types = typesOf(node);
    if (types.length === 0) problems.push({ rule: "object without @type", where: at });
    for (const type of types)
      if (!(type in vocabulary.types)) problems.push({ rule: `unknown type ${type}`, where: at });
    const ancestors = new Set(types.flatMap((type) => [...ancestry(vocabulary, type)]));
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("@")) continue;
      const property = vocabulary.properties[key];
      if (!property) {
        problems.push({ rule: `unknown property ${key}`, where: `${at}.${key}` });
        continue;
      }
      if (property.supersededBy) problems.push({ rule: `superseded property ${key}`, where: `${at}.${key}` });
      // An unknown type is reported once, above; its properties cannot be judged against it.
      const known = types.length > 0 && types.every((type) => type in vocabulary.types);
      if (known && !property.domains.some((domain) => ancestors.has(domain)))
        problems.push({ rule: `${key} on ${types.join("/")}, outside its domain`, where: `${at}.${key}` });
      const values = Array.isArray(value) ? value : [value];
      values.forEach((item, index) => {
        if (!isNode(item)) return;
        const itemAt = `${at}.${key}${Array.isArray(value) ? `[${index}]` : ""}`;
        const itemTypes = typesOf(item);
        const inRange = itemTypes.some((type) =>
          property.ranges.some((range) => ancestry(vocabulary, type).has(range)),
        );
        if (itemTypes.length > 0 && !inRange)
          problems.push({ rule: `${key} holding ${itemTypes.join("/")}, outside its range`, where: itemAt });
        visit(item, itemAt);
      });
    }
  };
  if (isNode(data)) visit(data, where);
  return problems;
}

/** An ISO 8601 duration such as PT6H or P1W. */
const DURATION =
  /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?!$)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const OFFER_CATEGORIES = ["Free", "Partially Free", "Subscription", "Paid"];

/**
 * Google's Course info guidelines (developers.google.com/search/docs/appearance/structured-data/course-info):
 * a Course has a name, description, provider and offers with a category; each CourseInstance has a
 * courseMode and either a courseSchedule with duration, repeatFrequency and repeatCount, or a
 * courseWorkload, both ISO 8601 durations.
 */
export function checkGoogleCourseInfo(course: Record<string, unknown>, where = "$"): StructuredDataProblem[] {
  const problems: StructuredDataProblem[] = [];
  const need = (ok: boolean, rule: string, at = where) => {
    if (!ok) problems.push({ rule, where: at });
  };
  need(typeof course["name"] === "string", "Course without name");
  need(typeof course["description"] === "string", "Course without description");
  need(isNode(course["provider"]) && typeof course["provider"]["name"] === "string", "Course without provider name");
  const offers = (Array.isArray(course["offers"]) ? course["offers"] : [course["offers"]]).filter(isNode);
  need(offers.length > 0, "Course without offers");
  for (const offer of offers)
    need(OFFER_CATEGORIES.includes(String(offer["category"])), "Course offer without a Google category");
  const instances = Array.isArray(course["hasCourseInstance"]) ? course["hasCourseInstance"].filter(isNode) : [];
  instances.forEach((instance, index) => {
    const at = `${where}.hasCourseInstance[${index}]`;
    need(typeof instance["courseMode"] === "string", "CourseInstance without courseMode", at);
    const schedule = isNode(instance["courseSchedule"]) ? instance["courseSchedule"] : undefined;
    const scheduled =
      schedule !== undefined &&
      DURATION.test(String(schedule["duration"])) &&
      DURATION.test(String(schedule["repeatFrequency"])) &&
      Number.isInteger(schedule["repeatCount"]);
    const workload = typeof instance["courseWorkload"] === "string" && DURATION.test(instance["courseWorkload"]);
    need(
      scheduled || workload,
      "CourseInstance without courseSchedule (duration, repeatFrequency, repeatCount) or courseWorkload",
      at,
    );
  });
  return problems;
}

/** The JSON-LD blocks of a built page. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as unknown,
  );
}
