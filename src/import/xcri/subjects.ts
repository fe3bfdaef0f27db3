import type { Element } from "@xmldom/xmldom";
import { themes } from "../../domain/vocabularies/index.ts";
import { topics, type TopicId } from "../../domain/vocabularies/topics.ts";
import { phraseOf } from "../../domain/words.ts";
import { textOf } from "./elements.ts";

/** Whether a subject names one of our themes: its code is a theme id and its text is its label, as our own feed writes them. */
const themeOf = (subject: Element) =>
  themes.find((theme) => theme.id === subject.getAttribute("identifier") && theme.label === textOf(subject));

/** Our themes named by the feed's subjects. */
export function subjectThemes(subjects: readonly Element[]): string[] {
  const ids = subjects
    .map(themeOf)
    .filter((theme) => theme !== undefined)
    .map((theme) => theme.id);
  return [...new Set(ids)];
}

/** Every name of a topic as a phrase (as search reads names): its label, its aliases and its id. */
const topicByName = new Map<string, TopicId>(
  topics.flatMap((topic) =>
    [topic.label, ...topic.aliases, topic.id].map((name) => [phraseOf(name), topic.id] as const),
  ),
);

/** A subject that names neither a theme nor a topic: its place among the course's subjects (from 1) and text. */
export interface UnmatchedSubject {
  readonly position: number;
  readonly text: string;
}

/**
 * Our topics named by the feed's subjects: a subject names a topic when its
 * text, ignoring case and surrounding space, is the topic's label, one of its
 * aliases or its id. Topics come once each, in vocabulary order. Subjects that
 * name no topic (nor, as our own feed writes them, a theme) are returned so the
 * report can list them; empty subjects carry nothing and are passed over.
 */
export function subjectTopics(subjects: readonly Element[]): { topics: TopicId[]; unmatched: UnmatchedSubject[] } {
  const found = new Set<TopicId>();
  const unmatched: UnmatchedSubject[] = [];
  for (const [index, subject] of subjects.entries()) {
    const text = textOf(subject);
    if (!text || themeOf(subject)) continue;
    const topic = topicByName.get(phraseOf(text));
    if (topic) found.add(topic);
    else unmatched.push({ position: index + 1, text });
  }
  return { topics: topics.map((topic) => topic.id).filter((id) => found.has(id)), unmatched };
}

/** The feed's own subjects, offered in the themes TODO as a clue; our catalogue classifies by theme. */
export function subjectHint(subjects: readonly Element[]): string | undefined {
  const words = [...new Set(subjects.map((subject) => textOf(subject)).filter(Boolean))];
  if (words.length === 0) return undefined;
  const shown = words.slice(0, 8).join(", ");
  return `the feed's subjects: ${words.length > 8 ? `${shown}, …` : shown}`;
}

/** A course's subjects as words and codes, for choosing what comes in: each dc:subject's text and its identifier. */
export function subjectWordsAndCodes(subjects: readonly Element[]): string[] {
  const all = subjects.flatMap((subject) => [textOf(subject), subject.getAttribute("identifier") ?? ""]);
  return [...new Set(all.map((one) => one.trim()).filter(Boolean))];
}
