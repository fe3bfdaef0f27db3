import type { Element } from "@xmldom/xmldom";
import { childrenNamed, xsiTypeOf } from "./elements.ts";
import { NS } from "./namespaces.ts";
import type { MappingNotes } from "./notes.ts";
import { toSafeMarkdown, type ConvertedDescription } from "./xhtml-to-markdown.ts";

/**
 * Headings for the XCRI-CAP 1.2 description types (xsi:type) that belong in a
 * course description. Types not listed here, such as search keywords, are reported.
 */
const TYPED_SECTIONS: Record<string, string> = {
  aim: "Aims",
  topic: "Topics",
  structure: "Structure",
  teachingStrategy: "How you learn",
  assessmentStrategy: "How you are assessed",
  careerOutcome: "Career outcomes",
  leadsTo: "Where it leads",
  specialFeature: "Special features",
  support: "Support",
  requiredResources: "What you need",
  providedResources: "What is provided",
  policy: "Policies",
  contactHours: "Contact hours",
  studyHours: "Study hours",
};

/** A section of the Markdown description: a heading (none for the opening text) and its text. */
export interface Section {
  readonly heading?: string | undefined;
  readonly markdown: string;
}

/** Converts a description element, reporting anything removed for safety. */
export function convert(element: Element, at: string, notes: MappingNotes): ConvertedDescription {
  const converted = toSafeMarkdown(element);
  for (const removed of converted.removed) {
    notes.skip(at, removed.value || removed.kind, `${removed.kind} removed: descriptions may only link to web pages`);
  }
  return converted;
}

/**
 * The course's dc:description elements as sections: untyped ones first, as
 * the opening text, then each known type under its heading.
 */
export function descriptionSections(course: Element, notes: MappingNotes): Section[] {
  const sections: Section[] = [];
  for (const [index, element] of childrenNamed(course, NS.dc, "description").entries()) {
    const type = xsiTypeOf(element);
    const at = `dc:description[${index + 1}]${type ? `[@xsi:type=${type}]` : ""}`;
    const heading = type ? TYPED_SECTIONS[type] : undefined;
    const { markdown } = convert(element, at, notes);
    if (!markdown) continue;
    if (type && !heading) notes.skip(at, markdown, "a description type our course pages do not show");
    else sections.push({ heading, markdown });
  }
  return sections.sort((a, b) => Number(a.heading !== undefined) - Number(b.heading !== undefined));
}

/** Joins sections into one Markdown body. */
export function joinSections(sections: readonly Section[]): string {
  return sections
    .map((section) => (section.heading ? `## ${section.heading}\n\n${section.markdown}` : section.markdown))
    .join("\n\n");
}
