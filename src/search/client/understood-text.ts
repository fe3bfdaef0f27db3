import type { Understood } from "./engine.ts";

/** What the page says about how it read a search's words; each part is a sentence, none when there is nothing to say. */
export interface UnderstoodText {
  /** "Showing courses for occupational therapist (OT) and end of life care (palliative)." */
  readonly aliases?: string;
  /** "Showing results for “dementia”." with the words searched and the words as typed, for a "Search for … instead" link. */
  readonly corrected?: { readonly text: string; readonly searched: string; readonly asTyped: string };
  /** "No course matches all of your words. …", or how many do, with the courses matching some after them. */
  readonly partial?: string;
  /** "No course has the word “teamwork”: these have words that start like it." */
  readonly loose?: string;
}

const joined = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** A label inside a sentence: "Occupational therapist" → "occupational therapist", but "GP" stays "GP". */
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** The sentences for how a search's words were read. */
export function understoodText(understood: Understood | undefined): UnderstoodText {
  if (!understood) return {};
  const aliases = understood.aliases.map(
    ({ written, labels }) => `${labels.map(inSentence).join(" or ")} (${written})`,
  );
  const unmatched = understood.unmatched.map((word) => `“${word}”`);
  const nothingFor = unmatched.length > 0 ? ` No course matches ${joined(unmatched)}.` : "";
  const every = understood.withEveryPart;
  const partial =
    every === understood.found
      ? undefined
      : every === 0
        ? `No course matches all of your words, so these match some of them.${nothingFor}`
        : `${every === 1 ? "1 course matches" : `${every} courses match`} all of your words. After ${every === 1 ? "it" : "them"} come courses that match some of them.${nothingFor}`;
  return {
    ...(aliases.length > 0 ? { aliases: `Showing courses for ${joined(aliases)}.` } : {}),
    ...(understood.corrected
      ? {
          corrected: {
            text: `Showing results for “${understood.corrected}”.`,
            searched: understood.corrected,
            asTyped: understood.typed,
          },
        }
      : {}),
    ...(partial ? { partial } : {}),
    ...(understood.loose.length > 0
      ? {
          loose: `No course has the word${understood.loose.length > 1 ? "s" : ""} ${joined(understood.loose.map((word) => `“${word}”`))}: these have words that start like ${understood.loose.length > 1 ? "them" : "it"}.`,
        }
      : {}),
  };
}
