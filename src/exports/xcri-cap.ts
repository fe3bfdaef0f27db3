import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { CatalogueCourse } from "../domain/facets.ts";
import type { Presentation, Provider } from "../domain/schema/index.ts";
import { attendanceModes, attendancePatterns, studyModes, termById, themes } from "../domain/vocabularies/index.ts";

/** XCRI-CAP 1.2 namespaces (reference/xcri-cap-1.2/XCRI_CAP_1.2.md). */
export const XCRI_NAMESPACES = {
  catalog: "http://xcri.org/profiles/1.2/catalog",
  dc: "http://purl.org/dc/elements/1.1/",
  mlo: "http://purl.org/net/mlo",
  credit: "http://purl.org/net/cm",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

const { catalog: CATALOG, dc: DC, mlo: MLO, credit: CREDIT } = XCRI_NAMESPACES;

/** A child element with text. */
const text = (parent: XMLBuilder, ns: string, name: string, value: string, attributes: Record<string, string> = {}) =>
  parent.ele(ns, name, attributes).txt(value).up();

function presentation(course: XMLBuilder, run: Presentation, coursePage: string): void {
  const element = course.ele(CATALOG, "presentation");
  text(element, DC, "identifier", `${coursePage}#run-${run.id}`);
  if (run.start) text(element, MLO, "start", run.start, { dtf: run.start });
  if (run.end) text(element, CATALOG, "end", run.end, { dtf: run.end });
  if (run.applyBy) text(element, CATALOG, "applyUntil", run.applyBy, { dtf: run.applyBy });
  if (run.applyUrl) text(element, CATALOG, "applyTo", run.applyUrl);
  const study = termById(studyModes, run.studyMode);
  text(element, CATALOG, "studyMode", study.label, { identifier: study.xcriCode });
  const attendance = termById(attendanceModes, run.attendanceMode);
  text(element, CATALOG, "attendanceMode", attendance.label, { identifier: attendance.xcriCode });
  const pattern = termById(attendancePatterns, run.attendancePattern);
  text(element, CATALOG, "attendancePattern", pattern.label, { identifier: pattern.xcriCode });
  if (run.venue) {
    const venueProvider = element.ele(CATALOG, "venue").ele(CATALOG, "provider");
    text(venueProvider, DC, "title", run.venue.name);
    const location = venueProvider.ele(MLO, "location");
    text(location, MLO, "town", run.venue.town);
    text(location, MLO, "postcode", run.venue.postcode);
  }
  text(element, MLO, "cost", run.cost.amount === 0 ? "Free" : `£${run.cost.amount}`);
  if (run.places !== undefined) text(element, MLO, "places", String(run.places));
}

/**
 * The catalogue as an XCRI-CAP 1.2 feed: provider → course → presentation,
 * credits as mlo:credit and vocabulary codes as identifier attributes. Built
 * with an XML library, never by joining strings.
 */
export function xcriCapFeed(
  entries: readonly CatalogueCourse[],
  options: { generatedAt: string; providerPage: (id: string) => string; coursePage: (id: string) => string },
): string {
  const document = create({ version: "1.0", encoding: "UTF-8" }).ele(CATALOG, "catalog", {
    generated: options.generatedAt,
  });
  for (const [prefix, uri] of Object.entries(XCRI_NAMESPACES))
    if (prefix !== "catalog") document.att("http://www.w3.org/2000/xmlns/", `xmlns:${prefix}`, uri);
  text(
    document,
    DC,
    "description",
    "Courses for the health and social care workforce: university modules, college courses and in-house training.",
  );
  const byProvider = new Map<string, { provider: Provider; entries: CatalogueCourse[] }>();
  for (const entry of entries) {
    const group = byProvider.get(entry.provider.id) ?? { provider: entry.provider, entries: [] };
    group.entries.push(entry);
    byProvider.set(entry.provider.id, group);
  }
  for (const { provider, entries: courses } of byProvider.values()) {
    const providerElement = document.ele(CATALOG, "provider");
    text(providerElement, DC, "identifier", options.providerPage(provider.id));
    text(providerElement, DC, "title", provider.name);
    text(providerElement, MLO, "url", provider.url);
    for (const { course } of courses) {
      const page = options.coursePage(course.id);
      const element = providerElement.ele(CATALOG, "course");
      text(element, DC, "identifier", page);
      text(element, DC, "title", course.title);
      text(element, CATALOG, "abstract", course.summary);
      for (const id of course.themes) text(element, DC, "subject", termById(themes, id).label, { identifier: id });
      text(element, MLO, "url", course.url ?? page);
      for (const outcome of course.learningOutcomes) text(element, CATALOG, "learningOutcome", outcome);
      if (course.assessment) text(element, MLO, "assessment", course.assessment);
      if (course.entryRequirements) text(element, MLO, "prerequisite", course.entryRequirements);
      if (course.qualification) element.ele(MLO, "qualification").ele(DC, "title").txt(course.qualification);
      for (const credit of course.credits) {
        const creditElement = element.ele(MLO, "credit");
        text(creditElement, CREDIT, "scheme", credit.scheme);
        text(creditElement, CREDIT, "level", String(credit.level));
        text(creditElement, CREDIT, "value", String(credit.value));
      }
      for (const run of course.presentations) presentation(element, run, page);
    }
  }
  return document.end({ prettyPrint: true });
}
