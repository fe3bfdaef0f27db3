import { facetRegistry } from "../domain/facets.ts";
import { professions } from "../domain/vocabularies/index.ts";
import type { Contact, CourseInput, Provider } from "../domain/schema/index.ts";
import { aYearAfter, idFromTitle } from "../catalogue/entry-file.ts";

/** What `npm run new:course` asks for: enough for a valid entry that says nothing untrue. */
export interface CourseEssentials {
  readonly provider: string;
  readonly title: string;
  readonly id?: string;
  readonly summary: string;
  readonly themes: readonly string[];
  readonly professions: readonly string[];
  readonly learnerMix?: readonly string[];
  readonly workforceLevels?: readonly string[];
  readonly learningForms: readonly string[];
  readonly learningOutcomes: readonly string[];
  readonly creditStatus?: string;
  readonly serviceUserInvolvement?: readonly string[];
  readonly contact: Contact;
  /** Answers to any other question the facet registry asks, by front matter key. */
  readonly [controlledField: string]: unknown;
}

/**
 * Several professions learn side by side ("multi-professional") unless the provider says
 * they learn with, from and about each other; one profession learns alone.
 */
function defaultLearnerMix(chosen: readonly string[]): string[] {
  const known = chosen.filter((id) => professions.some((term) => term.id === id));
  return known.length > 1 ? ["multi-professional"] : ["uni-professional"];
}

/** A new course's front matter, reviewed today and due for review in a year. */
export function courseDraft(essentials: CourseEssentials, today: string): CourseInput {
  const draft: CourseInput = {
    id: essentials.id || idFromTitle(essentials.title),
    title: essentials.title,
    summary: essentials.summary,
    provider: essentials.provider,
    professions: [...essentials.professions] as CourseInput["professions"],
    learnerMix: [...(essentials.learnerMix ?? defaultLearnerMix(essentials.professions))] as CourseInput["learnerMix"],
    workforceLevels: [...(essentials.workforceLevels ?? ["micro"])] as CourseInput["workforceLevels"],
    themes: [...essentials.themes] as CourseInput["themes"],
    learningForms: [...essentials.learningForms] as CourseInput["learningForms"],
    learningOutcomes: [...essentials.learningOutcomes],
    serviceUserInvolvement: {
      modes: [...(essentials.serviceUserInvolvement ?? ["none"])] as CourseInput["serviceUserInvolvement"]["modes"],
    },
    creditStatus: (essentials.creditStatus ?? "not-credit-rated") as CourseInput["creditStatus"],
    presentations: [],
    contact: essentials.contact,
    lastReviewed: today,
    reviewDue: aYearAfter(today),
  };
  // Controlled fields the registry asks about and this draft has no place for above go in as answered.
  for (const facet of facetRegistry) {
    const key = facet.question?.key;
    if (key && !(key in draft) && essentials[key] !== undefined) Object.assign(draft, { [key]: essentials[key] });
  }
  return draft;
}

/** What `npm run new:provider` asks for. */
export interface ProviderEssentials {
  readonly name: string;
  readonly id?: string;
  readonly type: string;
  readonly region: string;
  readonly url: string;
  readonly email: string;
  /** The main site's building and street, one line; empty when not given yet. */
  readonly address?: string;
  readonly postcode?: string;
  readonly phone?: string;
  readonly description: string;
}

/** A new provider's front matter. */
export function providerDraft(essentials: ProviderEssentials): Record<string, unknown> {
  const draft = {
    id: essentials.id || idFromTitle(essentials.name),
    name: essentials.name,
    type: essentials.type,
    region: essentials.region,
    url: essentials.url,
    // Left out when not given, so the validator's warning says what course directories need.
    address: essentials.address ? [essentials.address] : undefined,
    postcode: essentials.postcode || undefined,
    contact: { email: essentials.email, ...(essentials.phone ? { phone: essentials.phone } : {}) },
    description: essentials.description,
  } satisfies Record<keyof Omit<Provider, "ukprn" | "awardingPowers" | "xcriImport" | "town">, unknown>;
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
}
