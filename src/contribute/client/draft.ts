import { itemCounts, setItemCount } from "./repeated.ts";

/** Where the draft is kept: this browser only, never sent anywhere. */
const DRAFT_KEY = "list-your-course:draft:v1";

/** What a draft holds: how many runs and credit values, and every answer by its control's id. */
interface Draft {
  readonly counts: Record<string, number>;
  readonly answers: Record<string, string | boolean>;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const controlsOf = (form: HTMLFormElement) =>
  Array.from(form.querySelectorAll<Control>("input[id], select[id], textarea[id]"));
const isChoice = (control: Control): control is HTMLInputElement =>
  control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio");

/** Saves every answer given so far. Storage may be full or refused (private browsing): the form still works. */
export function saveDraft(form: HTMLFormElement) {
  const answers: Record<string, string | boolean> = {};
  for (const control of controlsOf(form)) {
    if (isChoice(control)) {
      if (control.checked) answers[control.id] = true;
    } else if (control.value) answers[control.id] = control.value;
  }
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ counts: itemCounts(form), answers } satisfies Draft));
  } catch {
    // Nothing to do: without storage the draft lasts as long as the page.
  }
}

/** Puts a saved draft back into the form; true when there was one. */
export function restoreDraft(form: HTMLFormElement): boolean {
  let draft: Draft | undefined;
  try {
    draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "null") as Draft | undefined;
  } catch {
    return false;
  }
  if (!draft || typeof draft !== "object" || !draft.answers) return false;
  for (const [list, count] of Object.entries(draft.counts ?? {})) {
    if (typeof count === "number") setItemCount(form, list, count);
  }
  for (const control of controlsOf(form)) {
    const answer = draft.answers[control.id];
    if (isChoice(control)) control.checked = answer === true;
    else if (typeof answer === "string") control.value = answer;
  }
  return Object.keys(draft.answers).length > 0;
}

/** Forgets the saved draft. */
export function forgetDraft() {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing was saved.
  }
}
