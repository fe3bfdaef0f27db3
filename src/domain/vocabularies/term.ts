/**
 * A controlled-vocabulary term. Every list the catalogue uses (themes,
 * professions, modes…) is a readonly array of these, defined once in this
 * folder and imported by the schema, the pages, the validator and scripts.
 */
export interface Term {
  /** Stable, lowercase, URL-safe identifier written in front matter and URLs. */
  readonly id: string;
  /** Short plain-English label shown to users. */
  readonly label: string;
  /** One-line plain-English definition, shown in the glossary and hints. */
  readonly definition: string;
  /**
   * Other words people use for it: abbreviations (OT, IPE), older or everyday names
   * (physio, palliative care). The glossary lists them, and a search that uses one
   * finds the courses with this term. Each belongs to one term of one vocabulary.
   */
  readonly aliases?: readonly string[];
}

/** The ids of a vocabulary as a non-empty tuple, the shape `z.enum` needs. */
export function idsOf<const T extends readonly Term[]>(terms: T): [T[number]["id"], ...T[number]["id"][]] {
  const ids = terms.map((term) => term.id);
  if (ids.length === 0) throw new Error("A vocabulary needs at least one term");
  return ids as [T[number]["id"], ...T[number]["id"][]];
}

/** Finds a term by id; throws for an unknown id because callers pass validated data. */
export function termById<T extends Term>(terms: readonly T[], id: string): T {
  const term = terms.find((candidate) => candidate.id === id);
  if (!term) throw new Error(`Unknown vocabulary id "${id}"`);
  return term;
}

/** Label for an id, for display. */
export function labelOf(terms: readonly Term[], id: string): string {
  return termById(terms, id).label;
}
