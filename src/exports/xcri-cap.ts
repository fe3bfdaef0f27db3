import type { CatalogueCourse } from "../domain/facets.ts";
import type { PathwayPlace } from "../domain/pathways.ts";
import type { Presentation, Provider, Venue } from "../domain/schema/index.ts";
import { attendanceModes, attendancePatterns, studyModes, termById, themes } from "../domain/vocabularies/index.ts";
import type { XcriTerm } from "../domain/vocabularies/xcri-term.ts";
import { topics } from "../domain/vocabularies/topics.ts";
import { plainTextOf } from "../markdown/plain-text.ts";
import { XCRI_NAMESPACES } from "../domain/xcri-namespaces.ts";
import {
  attributes,
  withAttributes,
  xmlDocument,
  xmlDocumentChunks,
  type XmlContent,
  type XmlElements,
} from "./xml.ts";

/** The root declares catalog as the default namespace and the others by prefix; element names use those prefixes. */
const namespaceDeclarations = attributes(
  Object.fromEntries(
    Object.entries(XCRI_NAMESPACES).map(([prefix, uri]) => [prefix === "catalog" ? "xmlns" : `xmlns:${prefix}`, uri]),
  ),
);

/** XHTML, which XCRI-CAP 1.2's descriptive elements may hold. */
const XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

/** The XCRI Terms 1.2 vocabulary, whose terms refine dc:description by xsi:type (reference/xcri-cap-1.2/XCRI_Terms_1.2.md). */
const XCRI_TERMS_NAMESPACE = "http://xcri.org/profiles/1.2/catalog/terms";

/** What a feed needs to know about the site: when it was built and the address of each page. */
export interface XcriFeedOptions {
  readonly generatedAt: string;
  readonly providerPage: (id: string) => string;
  readonly coursePage: (id: string) => string;
  /** The name of the organisation that awards a course's credit or qualification, given its provider id. */
  readonly providerName: (id: string) => string | undefined;
  /** The pathways to awards a course counts toward, given its id; none when left out. */
  readonly pathwaysOf?: ((courseId: string) => readonly PathwayPlace[]) | undefined;
  /** The address of a pathway's page, given its id. */
  readonly pathwayPage?: ((id: string) => string) | undefined;
}

/**
 * The awards a course counts toward, as XCRI-CAP 1.2 can say it. XCRI-CAP has no element for a
 * pathway or for a course's place in a larger award: its qualification element is the course's own
 * award, and a module is not itself a PG Certificate. XCRI Terms 1.2 defines the description
 * refinement `leadsTo`, "opportunities likely to flow from a course of study, such as opportunities
 * for further study (course articulations)", which is what a step toward an award is. So each course
 * on a pathway carries one dc:description of xsi:type xcriTerms:leadsTo, in plain text: the award,
 * who awards it, the credits the course brings and the pathway's page, where the award's other
 * courses are. The award itself is not written as a course: it is not a course with runs to join.
 * The namespace is declared on the element, so feeds without pathways are unchanged.
 */
function leadsTo(courseId: string, options: XcriFeedOptions): XmlContent | undefined {
  const places = options.pathwaysOf?.(courseId) ?? [];
  if (places.length === 0) return undefined;
  const sentences = places.map(({ pathway, step }) => {
    const awardedBy = options.providerName(pathway.awardingBody) ?? pathway.awardingBody;
    const page = options.pathwayPage?.(pathway.id);
    return (
      `Counts toward the ${pathway.title}, awarded by ${awardedBy}: ${step.credits} of the ` +
      `${pathway.award.value} ${pathway.award.scheme} credits at level ${pathway.award.level} the award needs` +
      `${step.required ? ", and every learner on the pathway takes it" : ""}.${page ? ` See ${page}` : ""}`
    );
  });
  return withAttributes(sentences.join(" "), {
    "xmlns:xcriTerms": XCRI_TERMS_NAMESPACE,
    "xsi:type": "xcriTerms:leadsTo",
  });
}

/** A date element: the date as text and as XCRI's dtf attribute. */
const date = (value: string | undefined) => (value ? withAttributes(value, { dtf: value }) : undefined);

/**
 * A run learners can start at any time has no start date. XCRI-CAP 1.2 requires a start element,
 * and a temporal element may hold text alone, without the machine-readable dtf attribute: so the
 * start says so in words.
 */
const ANY_TIME_START = "Start at any time";

/** A vocabulary element: the XCRI caption as text, the XCRI code as its identifier. */
const coded = (term: XcriTerm) => withAttributes(term.xcriCaption, { identifier: term.xcriCode });

/**
 * An mlo:location with what the entry gives, in the order XCRI-CAP 1.2's examples use. Nothing is
 * made up: a place without an address line or phone number fails the XCRI-CAP profile, and the
 * validator warns its provider (src/domain/rules/feed-details.ts).
 */
function location(place: {
  town?: string | undefined;
  postcode?: string | undefined;
  address?: readonly string[] | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}): XmlElements {
  return {
    "mlo:town": place.town,
    "mlo:postcode": place.postcode,
    "mlo:address": place.address,
    "mlo:phone": place.phone,
    "mlo:email": place.email,
  };
}

const venueProvider = (venue: Venue): XmlElements => ({
  provider: { "dc:title": venue.name, "mlo:location": location(venue) },
});

function presentation(run: Presentation, coursePage: string): XmlElements {
  return {
    "dc:identifier": `${coursePage}#run-${run.id}`,
    "mlo:start": run.start ? date(run.start) : ANY_TIME_START,
    end: date(run.end),
    applyUntil: date(run.applyBy),
    // Only a run's own application page: any other address would claim an application system it is not.
    applyTo: run.applyUrl,
    studyMode: coded(termById(studyModes, run.studyMode)),
    attendanceMode: coded(termById(attendanceModes, run.attendanceMode)),
    attendancePattern: coded(termById(attendancePatterns, run.attendancePattern)),
    // XCRI-CAP 1.2 puts places and cost before venue.
    "mlo:places": run.places === undefined ? undefined : String(run.places),
    "mlo:cost": run.cost.amount === 0 ? "Free" : `£${run.cost.amount}`,
    venue: run.venue && venueProvider(run.venue),
  };
}

/** A course's description elements, left out altogether when it has none. */
function descriptions(...elements: (XmlContent | undefined)[]): XmlContent[] | undefined {
  const present = elements.filter((element) => element !== undefined);
  return present.length === 0 ? undefined : present;
}

/** A course of a feed, with its description (the entry's Markdown body) when the caller has it. */
export type FeedCourse = CatalogueCourse & { readonly body?: string | undefined };

function course({ course, provider, body }: FeedCourse, options: XcriFeedOptions): XmlElements {
  const page = options.coursePage(course.id);
  // In the order XCRI-CAP 1.2 gives a course's elements: the common ones (description, identifier,
  // subject, title, url), the descriptive ones (abstract, assessment, learningOutcome, prerequisite), then
  // qualification, credit and presentation.
  return {
    // The description as plain text (XCRI-CAP allows XHTML here; plain text is a safe part of it), then
    // the awards the course counts toward as a leadsTo description (see leadsTo above).
    "dc:description": descriptions(body?.trim() ? plainTextOf(body) : undefined, leadsTo(course.id, options)),
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
    // All outcomes in one element, as an XHTML list: XCRI-CAP wants one learningOutcome per language.
    learningOutcome:
      course.learningOutcomes.length === 0
        ? undefined
        : { div: { ...attributes({ xmlns: XHTML_NAMESPACE }), ul: { li: course.learningOutcomes } } },
    "mlo:prerequisite": course.entryRequirements,
    "mlo:qualification":
      course.qualification === undefined
        ? undefined
        : {
            "dc:title": course.qualification,
            // Who awards it: the awarding body the entry names, else the provider itself, which is
            // what XCRI-CAP 1.2 tells aggregators to assume when awardedBy is absent.
            awardedBy: (course.awardingBody && options.providerName(course.awardingBody)) ?? provider.name,
          },
    "mlo:credit": course.credits.map((credit) => ({
      "credit:scheme": credit.scheme,
      "credit:level": String(credit.level),
      "credit:value": String(credit.value),
    })),
    presentation: course.presentations.map((run) => presentation(run, page)),
  };
}

function providerElement(provider: Provider, courses: readonly FeedCourse[], options: XcriFeedOptions): XmlElements {
  return {
    "dc:identifier": options.providerPage(provider.id),
    "dc:title": provider.name,
    "mlo:url": provider.url,
    course: courses.map((entry) => course(entry, options)),
    "mlo:location": location({
      town: provider.town,
      postcode: provider.postcode,
      address: provider.address,
      phone: provider.contact.phone,
      email: provider.contact.email,
    }),
  };
}

const catalogHead = (options: XcriFeedOptions, description: string): XmlElements => ({
  ...namespaceDeclarations,
  "@generated": options.generatedAt,
  "dc:description": description,
});

/** The courses of each provider, providers in the order their first course comes. */
export function coursesByProvider<Entry extends FeedCourse>(
  entries: readonly Entry[],
): { provider: Provider; courses: Entry[] }[] {
  const byProvider = new Map<string, { provider: Provider; courses: Entry[] }>();
  for (const entry of entries) {
    const group = byProvider.get(entry.provider.id) ?? { provider: entry.provider, courses: [] };
    group.courses.push(entry);
    byProvider.set(entry.provider.id, group);
  }
  return [...byProvider.values()];
}

/**
 * The whole catalogue as one XCRI-CAP 1.2 feed: provider → course → presentation, credits as
 * mlo:credit, themes and topics as dc:subject, and vocabulary captions with their codes. Every run
 * is a presentation, past ones included: the feed is the catalogue's record for aggregators, who
 * judge dates themselves. The JISC profile wants one provider per catalog, which a catalogue of many
 * providers cannot be: aggregators that hold to it read the per-provider feeds instead.
 * Built with an XML library, never by joining strings.
 */
export function xcriCapFeed(entries: readonly FeedCourse[], options: XcriFeedOptions): string {
  return [...xcriCapFeedChunks(entries, options)].join("");
}

/** The whole catalogue's feed as xcriCapFeed writes it, in chunks of one provider each, for writing as it is made. */
export function xcriCapFeedChunks(entries: readonly FeedCourse[], options: XcriFeedOptions): Generator<string> {
  const providers = coursesByProvider(entries);
  return xmlDocumentChunks(
    "catalog",
    catalogHead(
      options,
      "Courses for the health and social care workforce: university modules, college courses and in-house training.",
    ),
    "provider",
    (function* () {
      for (const { provider, courses } of providers) yield providerElement(provider, courses, options);
    })(),
  );
}

/** One provider's courses as an XCRI-CAP 1.2 feed: one catalog holding one provider, as the profile wants. */
export function providerXcriCapFeed(
  provider: Provider,
  courses: readonly FeedCourse[],
  options: XcriFeedOptions,
): string {
  return xmlDocument("catalog", {
    ...catalogHead(options, `Courses from ${provider.name} for the health and social care workforce.`),
    provider: providerElement(provider, courses, options),
  });
}
