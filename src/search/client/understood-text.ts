import type { Understood } from "./engine.ts";

/** How a word the searcher typed is shown back to them: short abbreviations in capitals ("OT"), others as typed. */
const shown = (typed: string) => (typed.length <= 4 && !typed.includes(" ") ? typed.toUpperCase() : typed);

/** What the page says about how it read a search's words; each part is a sentence, none when there is nothing to say. */
export interface UnderstoodText {
  /** "Showing courses for occupational therapist (OT) and end of life care (palliative)." */
  readonly aliases?: string;
  /** "Showing results for dementia." with the words as typed, for a "Search for … instead" link. */
  readonly corrected?: { readonly text: string; readonly asTyped: string };
  /** "No course matches all of your words. …", or how many do, with the courses matching some after them. */
  readonly partial?: string;
}

const joined = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** The sentences for how a search's words were read. */
export function understoodText(understood: Understood | undefined): UnderstoodText {
  if (!understood) return {};
  const aliases = understood.parts.flatMap((part) =>
    part.aliasFor ? [`${part.aliasFor.map((label) => label.toLowerCase()).join(" or ")} (${shown(part.typed)})`] : [],
  );
  const corrected = understood.parts.some((part) => part.correctedTo);
  const searchedWords = understood.parts.map((part) => part.correctedTo ?? part.typed).join(" ");
  const typedWords = understood.parts.map((part) => part.typed).join(" ");
  const unmatched = understood.unmatched.map((word) => `“${word}”`);
  const nothingFor = unmatched.length > 0 ? ` No course matches ${joined(unmatched)}.` : "";
  const every = understood.withEveryPart;
  const partial =
    every === understood.found
      ? undefined
      : every === 0
        ? `No course matches all of your words, so these match some of them, those matching most first.${nothingFor}`
        : `${every === 1 ? "1 course matches" : `${every} courses match`} all of your words. After ${every === 1 ? "it" : "them"} come courses that match some of them.${nothingFor}`;
  return {
    ...(aliases.length > 0 ? { aliases: `Showing courses for ${joined(aliases)}.` } : {}),
    ...(corrected ? { corrected: { text: `Showing results for “${searchedWords}”.`, asTyped: typedWords } } : {}),
    ...(partial ? { partial } : {}),
  };
}
