import type { Element } from "@xmldom/xmldom";
import { convert, descriptionSections, joinSections, type Section } from "./course-body.ts";
import { mapCredits } from "./credits.ts";
import { subjectHint, subjectThemes, subjectTopics } from "./subjects.ts";
import { childNamed, childrenNamed, childText, textOf } from "./elements.ts";
import { IdAllocator } from "./ids.ts";
import { FEED_LIMITS } from "./limits.ts";
import { mapPresentation } from "./map-presentation.ts";
import type { FeedLocation } from "./map-venue.ts";
import { NS } from "./namespaces.ts";
import { MappingNotes } from "./notes.ts";
import { chooseTodo, writeTodo } from "./todos.ts";
import { reportUnread, type Handled } from "./unmapped-elements.ts";
import { httpsOrReport } from "./urls.ts";

const { catalog: CATALOG, dc: DC, mlo: MLO } = NS;

const HANDLED: Handled = [
  [DC, "identifier"],
  [DC, "title"],
  [DC, "subject"],
  [DC, "description"],
  [CATALOG, "abstract"],
  [MLO, "url"],
  [CATALOG, "learningOutcome"],
  [MLO, "objective"],
  [MLO, "assessment"],
  [MLO, "prerequisite"],
  [MLO, "qualification"],
  [MLO, "credit"],
  [CATALOG, "presentation"],
];

/** Longest values our plain-text fields take (src/domain/schema/course.ts). */
const LIMITS = { summary: 160, outcome: 300, assessment: 600, entryRequirements: 600, qualification: 150 };

/** Fields whose feed text may be too long for them, and the description heading it then goes under. */
type LongTextField = "assessment" | "entryRequirements";

/** A course mapped from the feed: front matter without id and provenance, body, and notes. */
export interface MappedCourse {
  readonly fields: Record<string, unknown>;
  readonly body: string;
  readonly notes: MappingNotes;
}

/** What a course's mapping needs from its provider. */
export interface CourseContext {
  readonly providerId: string;
  readonly contact?: Record<string, string> | undefined;
  readonly location?: FeedLocation | undefined;
}

/**
 * Maps one XCRI-CAP course to our course fields. Subjects that name our topics
 * become topics; the others are reported. What XCRI-CAP cannot say (themes,
 * professions, service user involvement…) is written as a TODO.
 */
export function mapCourse(course: Element, context: CourseContext): MappedCourse {
  const notes = new MappingNotes();
  const sections = descriptionSections(course, notes);
  const todo = (field: string, value: string) => (notes.todo(field), value);
  const plain = (localName: string, namespace: string = MLO) => {
    const element = childNamed(course, namespace, localName);
    return element ? convert(element, localName, notes).plainText : "";
  };
  const fitOrSection = (field: LongTextField, text: string, heading: string): string | undefined => {
    if (text.length <= LIMITS[field]) return text || undefined;
    sections.push({ heading, markdown: text });
    notes.skip(field, text, `longer than ${LIMITS[field]} characters; put under "${heading}" in the description`);
    return undefined;
  };

  // The abstract is the summary when it fits; a longer one opens the description instead.
  const abstract = plain("abstract", CATALOG);
  const summary = abstract.length <= LIMITS.summary ? abstract || undefined : undefined;
  if (abstract && !summary)
    notes.skip("abstract", abstract, `longer than ${LIMITS.summary} characters, too long for the summary`);
  const outcomes: string[] = [];
  for (const [index, element] of childrenNamed(course, CATALOG, "learningOutcome").entries()) {
    // One element may list the outcomes as an XHTML list, as XCRI-CAP's one-per-language rule asks
    // and our own feed does: each list item is then one outcome.
    const items = Array.from(element.getElementsByTagNameNS(NS.xhtml, "li"));
    const texts =
      items.length > 0 ? items.map((item) => textOf(item)) : [convert(element, "learningOutcome", notes).plainText];
    texts.forEach((plainText, item) => {
      const where =
        items.length > 0 ? `learningOutcome[${index + 1}] item ${item + 1}` : `learningOutcome[${index + 1}]`;
      if (plainText.length <= LIMITS.outcome) outcomes.push(plainText);
      else notes.skip(where, plainText, `longer than ${LIMITS.outcome} characters`);
    });
  }
  const objective = childNamed(course, MLO, "objective");
  if (objective)
    sections.push({ heading: "Objectives", markdown: convert(objective, "mlo:objective", notes).markdown });
  const subjects = childrenNamed(course, DC, "subject");
  const themeIds = subjectThemes(subjects);
  const subjectsAsTopics = subjectTopics(subjects);
  for (const { position, text } of subjectsAsTopics.unmatched) {
    notes.skip(
      `dc:subject[${position}]`,
      text,
      "names none of our topics; add any that fit by hand — `npm run vocabulary topics` lists them",
    );
  }

  const fields: Record<string, unknown> = {
    title: childText(course, DC, "title")!.slice(0, 150),
    summary: summary ?? todo("summary", writeTodo("write a one-sentence summary of 160 characters or fewer")),
    provider: context.providerId,
    professions: todo("professions", chooseTodo("professions", { many: true })),
    learnerMix: todo("learnerMix", chooseTodo("learnerMix", { many: true })),
    workforceLevels: todo("workforceLevels", chooseTodo("workforceLevels", { many: true })),
    // Topics are optional, so subjects that name none leave the field out rather than a TODO.
    topics: subjectsAsTopics.topics.length > 0 ? subjectsAsTopics.topics : undefined,
    themes:
      themeIds.length > 0
        ? themeIds
        : todo("themes", chooseTodo("themes", { many: true, hint: subjectHint(subjects) })),
    learningForms: todo("learningForms", chooseTodo("learningForms", { many: true })),
    learningOutcomes:
      outcomes.length > 0
        ? outcomes
        : todo("learningOutcomes", writeTodo("list what learners will be able to do by the end, one outcome per item")),
    assessment: fitOrSection("assessment", plain("assessment"), "Assessment"),
    entryRequirements: fitOrSection("entryRequirements", plain("prerequisite"), "Entry requirements"),
    serviceUserInvolvement: todo(
      "serviceUserInvolvement",
      writeTodo(
        "say how service users and carers take part, as modes: [...] and a description: — `npm run vocabulary service-user-involvement` lists the modes",
      ),
    ),
    creditStatus: todo("creditStatus", chooseTodo("creditStatus", { many: false })),
    credits: mapCredits(course, notes),
    qualification: mapQualification(course, notes),
    presentations: mapPresentations(course, context, notes),
    contact: context.contact ?? todo("contact", writeTodo("give an email:, phone: or url: under contact:")),
    url: mapUrl(course, notes),
    lastReviewed: todo("lastReviewed", writeTodo("write the date you checked this entry, YYYY-MM-DD")),
    reviewDue: todo("reviewDue", writeTodo("write the date by which it must be checked again, YYYY-MM-DD")),
  };
  reportUnread(course, "", HANDLED, notes, "our courses have no field for it");
  for (const [index, identifier] of childrenNamed(course, DC, "identifier").slice(1).entries()) {
    notes.skip(
      `dc:identifier[${index + 2}]`,
      textOf(identifier),
      "only the first identifier is kept, as xcriImport.source",
    );
  }
  // A feed without an untyped description still has its abstract to open the page with.
  const opening: Section[] = sections.some((section) => !section.heading) || !abstract ? [] : [{ markdown: abstract }];
  const body = joinSections([...opening, ...sections]) || writeTodo("write a few paragraphs describing the course");
  return { fields: withoutUndefined(fields), body, notes };
}

function mapQualification(course: Element, notes: MappingNotes): string | undefined {
  const qualification = childNamed(course, MLO, "qualification");
  if (!qualification) return undefined;
  reportUnread(qualification, "mlo:qualification/", [[DC, "title"]], notes, "we keep only the qualification's name");
  return childText(qualification, DC, "title")?.slice(0, LIMITS.qualification);
}

function mapPresentations(course: Element, context: CourseContext, notes: MappingNotes) {
  const ids = new IdAllocator();
  const elements = childrenNamed(course, CATALOG, "presentation");
  for (const [index, extra] of elements.slice(FEED_LIMITS.maxPresentationsPerCourse).entries()) {
    notes.skip(
      `presentation[${FEED_LIMITS.maxPresentationsPerCourse + index + 1}]`,
      textOf(extra),
      "more runs than the importer takes for one course",
    );
  }
  return elements
    .slice(0, FEED_LIMITS.maxPresentationsPerCourse)
    .map((element, index) => mapPresentation(element, { index, ids, providerLocation: context.location, notes }));
}

function mapUrl(course: Element, notes: MappingNotes): string | undefined {
  const url = childText(course, MLO, "url");
  return url ? httpsOrReport(url, "mlo:url", notes) : undefined;
}

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
