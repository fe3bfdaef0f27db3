/**
 * What a search's words mean. Practitioners type their own words, not the
 * catalogue's: "OT", "palliative", "elderly", "physio". Words that name a value
 * of a search filter (its label or one of its aliases, as the vocabulary gives
 * them) find the courses with that value as well as the courses whose text has
 * the value's label; other words are looked up in the text. A course is found by
 * every part of the query, or, when no course is, by the most parts.
 */
import { phraseOf, wordsOf } from "../../domain/words.ts";

/** A value of a search filter that a search's words can name. */
export interface Concept {
  /** The filter's key (its URL parameter). */
  readonly filter: string;
  readonly value: string;
  readonly label: string;
}

/** A filter value as the page describes it, with the other words for it. */
export interface NamedValue extends Concept {
  readonly aliases: readonly string[];
}

/** The filter values a phrase names, and the phrase as the vocabulary writes it ("OT", "A&E", "palliative care"). */
export interface Naming {
  readonly concepts: readonly Concept[];
  readonly written: string;
}

/** Every phrase (words joined by single spaces) that names filter values, and the values it names. */
export interface Lexicon {
  readonly phrases: ReadonlyMap<string, Naming>;
  /** Words in the longest phrase. */
  readonly longest: number;
}

/** One part of a query. */
export type QueryPart =
  /** Words that name filter values: the courses with any of them, or whose text has a label. */
  | {
      readonly kind: "concept";
      /** The words as typed (normalised). */
      readonly typed: string;
      readonly concepts: readonly Concept[];
      /** The name as the vocabulary writes it: an alias ("OT") when `alias`, else a label. */
      readonly written: string;
      /** True when the words are another name for the values, not their label ("OT"). */
      readonly alias: boolean;
    }
  /** A word looked up in the courses' text. */
  | { readonly kind: "word"; readonly typed: string };

/** The lexicon of some filter values. */
export function lexiconOf(values: readonly NamedValue[]): Lexicon {
  const phrases = new Map<string, { concepts: Concept[]; written: string }>();
  let longest = 1;
  for (const { filter, value, label, aliases } of values) {
    for (const name of [label, ...aliases]) {
      const phrase = phraseOf(name);
      if (!phrase) continue;
      const naming = phrases.get(phrase) ?? { concepts: [], written: name };
      if (!naming.concepts.some((c) => c.filter === filter && c.value === value))
        naming.concepts.push({ filter, value, label });
      phrases.set(phrase, naming);
      longest = Math.max(longest, phrase.split(" ").length);
    }
  }
  return { phrases, longest };
}

/**
 * Whether a name, as the vocabulary writes it, is an abbreviation: capitals, with
 * perhaps an "&" or a plural "s" ("OT", "A&E", "HCAs"). Search never sends one to
 * Pagefind, where it would match every word it starts.
 */
export const isAbbreviation = (written: string) => /^[A-Z][A-Z&]*s?$/.test(written.replace(/\s+/g, ""));

/**
 * Words that say nothing about which course is wanted: joining words, words
 * about the asking, and "course" and "training" (every course is both). Left
 * out unless they are part of a phrase or all there is.
 */
const NOISE = new Set(
  [
    "a an the and or of in on for to with near about at by from into across between within",
    "how what who which is are i me my we our want need looking find get",
    "course courses training",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The parts of a query: the longest phrases that name filter values, read from
 * left to right, and the other words one by one.
 */
export function parseQuery(term: string, lexicon: Lexicon): QueryPart[] {
  const words = wordsOf(term);
  const parts: QueryPart[] = [];
  for (let at = 0; at < words.length;) {
    let matched = false;
    for (let size = Math.min(lexicon.longest, words.length - at); size >= 1; size--) {
      const typed = words.slice(at, at + size).join(" ");
      const naming = lexicon.phrases.get(typed);
      // A lone noise word names nothing, even where a vocabulary lists it.
      if (!naming || (size === 1 && NOISE.has(typed))) continue;
      parts.push({ kind: "concept", typed, ...namingPart(naming, typed) });
      at += size;
      matched = true;
      break;
    }
    if (!matched) parts.push({ kind: "word", typed: words[at++]! });
  }
  const meaningful = parts.filter((part) => part.kind === "concept" || !NOISE.has(part.typed));
  return meaningful.length > 0 ? meaningful : parts;
}

/** A concept part's values, how the vocabulary writes their name, and whether it is an alias. */
function namingPart(naming: Naming, typed: string) {
  const alias = naming.concepts.every((concept) => phraseOf(concept.label) !== typed);
  return { concepts: naming.concepts, written: naming.written, alias };
}

/** The courses one part of a query found: each course's page number and how well it matched (0 to 1.5). */
export type PartMatches = ReadonlyMap<number, number>;

/** The courses a query found, best first, and how many of them have every part of it. */
export interface Combined {
  readonly pages: readonly number[];
  /** How many of the courses, from the first, have every part; the rest have some parts. */
  readonly withEveryPart: number;
  /** Parts no course had. */
  readonly unmatched: readonly QueryPart[];
}

/**
 * Fewer courses than this with every part of a query of several parts, and the
 * courses with some of the parts follow them: a page of results should not stop
 * at one or two when more courses match most of what was asked.
 */
export const ENOUGH_WITH_EVERY_PART = 10;

/**
 * The courses that match every part, best total match first; then, when they
 * are fewer than ENOUGH_WITH_EVERY_PART, the courses that match some of the
 * parts, by total match, each part weighted by how few courses have it.
 */
export function combine(parts: readonly QueryPart[], matches: readonly PartMatches[], totalPages: number): Combined {
  const found = new Map<number, { parts: number; score: number }>();
  matches.forEach((pages) => {
    // A part few courses have says more about what is wanted than one most have (inverse document frequency).
    const weight = Math.log(1 + totalPages / Math.max(1, pages.size));
    for (const [page, score] of pages) {
      const sofar = found.get(page) ?? { parts: 0, score: 0 };
      found.set(page, { parts: sofar.parts + 1, score: sofar.score + weight * score });
    }
  });
  const unmatched = parts.filter((_, index) => matches[index]!.size === 0);
  const withEveryPart = [...found].filter(([, { parts: count }]) => count === parts.length).length;
  // Equal matches keep the order the first part found them in (Pagefind's, for words): sort is stable.
  // Courses with every part first; after them, the rarer and better matched the parts a course has, the higher.
  const every = (count: number) => (count === parts.length ? 1 : 0);
  const ranked = [...found]
    .filter(([, { parts: count }]) => count === parts.length || withEveryPart < ENOUGH_WITH_EVERY_PART)
    .sort(([, a], [, b]) => every(b.parts) - every(a.parts) || b.score - a.score);
  return { pages: ranked.map(([page]) => page), withEveryPart, unmatched };
}
