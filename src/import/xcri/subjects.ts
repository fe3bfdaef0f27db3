import type { Element } from "@xmldom/xmldom";
import { themes } from "../../domain/vocabularies/index.ts";
import { textOf } from "./elements.ts";

/** Our themes named by a subject whose code is a theme id and whose text is its label, as our own feed writes them. */
export function subjectThemes(subjects: readonly Element[]): string[] {
  const ids = subjects
    .map(
      (subject) =>
        themes.find((theme) => theme.id === subject.getAttribute("identifier") && theme.label === textOf(subject))?.id,
    )
    .filter((id): id is (typeof themes)[number]["id"] => id !== undefined);
  return [...new Set(ids)];
}

/** The feed's own subjects, offered in the themes TODO as a clue; our catalogue classifies by theme. */
export function subjectHint(subjects: readonly Element[]): string | undefined {
  const words = [...new Set(subjects.map((subject) => textOf(subject)).filter(Boolean))];
  if (words.length === 0) return undefined;
  const shown = words.slice(0, 8).join(", ");
  return `the feed's subjects: ${words.length > 8 ? `${shown}, …` : shown}`;
}
