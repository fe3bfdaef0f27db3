import type { CatalogueCourse } from "../domain/facets.ts";
import type { Course, Presentation, Provider } from "../domain/schema/index.ts";
import { attendanceModes, attendancePatterns, studyModes, termById, themes } from "../domain/vocabularies/index.ts";
import { topics } from "../domain/vocabularies/topics.ts";
import { XCRI_NAMESPACES } from "../domain/xcri-namespaces.ts";
import { attributes, withAttributes, xmlDocument, type XmlElements } from "./xml.ts";

/** The root declares catalog as the default namespace and the others by prefix; element names use those prefixes. */
const namespaceDeclarations = attributes(
  Object.fromEntries(
    Object.entries(XCRI_NAMESPACES).map(([prefix, uri]) => [prefix === "catalog" ? "xmlns" : `xmlns:${prefix}`, uri]),
  ),
);

/** A date element: the date as text and as XCRI's dtf attribute. */
const date = (value: string | undefined) => (value ? withAttributes(value, { dtf: value }) : undefined);

function presentation(run: Presentation, coursePage: string): XmlElements {
  const study = termById(studyModes, run.studyMode);
  const attendance = termById(attendanceModes, run.attendanceMode);
  const pattern = termById(attendancePatterns, run.attendancePattern);
  return {
    "dc:identifier": `${coursePage}#run-${run.id}`,
    "mlo:start": date(run.start),
    end: date(run.end),
    applyUntil: date(run.applyBy),
    applyTo: run.applyUrl,
    studyMode: withAttributes(study.label, { identifier: study.xcriCode }),
    attendanceMode: withAttributes(attendance.label, { identifier: attendance.xcriCode }),
    attendancePattern: withAttributes(pattern.label, { identifier: pattern.xcriCode }),
    // XCRI-CAP 1.2 puts places and cost before venue.
    "mlo:places": run.places === undefined ? undefined : String(run.places),
    "mlo:cost": run.cost.amount === 0 ? "Free" : `£${run.cost.amount}`,
    venue: run.venue && {
      provider: {
        "dc:title": run.venue.name,
        "mlo:location": { "mlo:town": run.venue.town, "mlo:postcode": run.venue.postcode },
      },
    },
  };
}

function course(course: Course, page: string): XmlElements {
  // In the order XCRI-CAP 1.2 gives a course's elements: the common ones (identifier, subject, title,
  // url), the descriptive ones (abstract, assessment, learningOutcome, prerequisite), then
  // qualification, credit and presentation.
  return {
    "dc:identifier": page,
    // One subject per theme, then one per topic: the label as text, our id as its identifier.
    "dc:subject": [
      ...course.themes.map((id) => withAttributes(termById(themes, id).label, { identifier: id })),
      ...course.topics.map((id) => withAttributes(termById(topics, id).label, { identifier: id })),
    ],
    "dc:title": course.title,
    "mlo:url": course.url ?? page,
    abstract: course.summary,
    "mlo:assessment": course.assessment,
    learningOutcome: course.learningOutcomes,
    "mlo:prerequisite": course.entryRequirements,
    "mlo:qualification": course.qualification === undefined ? undefined : { "dc:title": course.qualification },
    "mlo:credit": course.credits.map((credit) => ({
      "credit:scheme": credit.scheme,
      "credit:level": String(credit.level),
      "credit:value": String(credit.value),
    })),
    presentation: course.presentations.map((run) => presentation(run, page)),
  };
}

/**
 * The catalogue as an XCRI-CAP 1.2 feed: provider → course → presentation,
 * credits as mlo:credit, themes and topics as dc:subject, and vocabulary codes
 * as identifier attributes. Every run is a presentation, past ones included: the
 * feed is the catalogue's record for aggregators, who judge dates themselves.
 * Built with an XML library, never by joining strings.
 */
export function xcriCapFeed(
  entries: readonly CatalogueCourse[],
  options: { generatedAt: string; providerPage: (id: string) => string; coursePage: (id: string) => string },
): string {
  const byProvider = new Map<string, { provider: Provider; courses: Course[] }>();
  for (const entry of entries) {
    const group = byProvider.get(entry.provider.id) ?? { provider: entry.provider, courses: [] };
    group.courses.push(entry.course);
    byProvider.set(entry.provider.id, group);
  }
  return xmlDocument("catalog", {
    ...namespaceDeclarations,
    "@generated": options.generatedAt,
    "dc:description":
      "Courses for the health and social care workforce: university modules, college courses and in-house training.",
    provider: [...byProvider.values()].map(({ provider, courses }) => ({
      "dc:identifier": options.providerPage(provider.id),
      "dc:title": provider.name,
      "mlo:url": provider.url,
      course: courses.map((entry) => course(entry, options.coursePage(entry.id))),
    })),
  });
}
