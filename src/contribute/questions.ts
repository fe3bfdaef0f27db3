import type { Term } from "../domain/vocabularies/index.ts";
import { didYouMean } from "../validator/core/suggest.ts";

/** One thing a scaffold asks for, as a flag (`--themes a,b`) or at a prompt. */
export interface Question {
  /** The essentials key the answer fills, such as "themes". */
  readonly key: string;
  /** The command-line flag, such as "learner-mix". */
  readonly flag: string;
  /** The prompt, in plain words. */
  readonly ask: string;
  /** Values come from this vocabulary (or, for `provider`, these terms). */
  readonly terms?: readonly Term[];
  /** The vocabulary key for `npm run vocabulary`, when the terms are a vocabulary. */
  readonly vocabulary?: string;
  /** Several values may be given, separated by commas. */
  readonly many?: boolean;
  /** Used when the answer is left empty; without one, an answer is required. */
  readonly fallback?: string;
}

/** An answer read into the value an essentials field takes, or why it cannot be. */
export type Reading = { ok: true; value: string | string[] | undefined } | { ok: false; problem: string };

/**
 * Reads one answer. Vocabulary answers may be ids or the numbers the prompt shows;
 * an unknown id is refused with the nearest known one, as the validator does.
 */
export function readAnswer(question: Question, answer: string): Reading {
  const text = answer.trim() || question.fallback || "";
  if (!text)
    return question.fallback === "" ? { ok: true, value: undefined } : { ok: false, problem: "An answer is needed" };
  if (!question.terms) return { ok: true, value: text };
  const ids = question.terms.map((term) => term.id);
  const parts = question.many
    ? text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
    : [text];
  const chosen: string[] = [];
  for (const part of parts) {
    const byNumber = /^\d+$/.test(part) ? ids[Number(part) - 1] : undefined;
    const id = byNumber ?? part;
    if (!ids.includes(id)) {
      const nearest = didYouMean(part, ids);
      const listing = question.vocabulary ? ` \`npm run vocabulary ${question.vocabulary}\` lists them.` : "";
      return {
        ok: false,
        problem: `"${part}" is not one of the allowed values.${nearest ? ` Did you mean "${nearest}"?` : ""}${listing}`,
      };
    }
    if (!chosen.includes(id)) chosen.push(id);
  }
  return { ok: true, value: question.many ? chosen : chosen[0] };
}

/** The numbered list a prompt shows for a vocabulary question. */
export function choices(question: Question): string {
  return (question.terms ?? [])
    .map((term, index) => `  ${String(index + 1).padStart(2)}. ${term.id}: ${term.label}`)
    .join("\n");
}
