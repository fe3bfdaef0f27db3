import { dateFromParts } from "../date-parts.ts";
import type { FieldKind, FormValue } from "../form-entry.ts";

/** A date's three boxes, read from its fieldset. */
function dateValue(fieldset: HTMLFieldSetElement): string | undefined {
  const part = (name: string) =>
    fieldset.querySelector<HTMLInputElement>(`input[data-date-part="${name}"]`)?.value ?? "";
  return dateFromParts({ day: part("day"), month: part("month"), year: part("year") });
}

/**
 * Every filled-in control of the form, with the kind its data-kind attribute declares.
 * Questions hidden because an earlier answer made them irrelevant (conditional reveal) are left out.
 */
export function collectValues(form: HTMLFormElement): FormValue[] {
  const values: FormValue[] = [];
  for (const element of Array.from(form.elements)) {
    if (element.closest("[hidden]")) continue;
    if (element instanceof HTMLFieldSetElement) {
      const date = element.dataset.kind === "date" ? dateValue(element) : undefined;
      if (date !== undefined) values.push({ name: element.name, kind: "text", value: date });
      continue;
    }
    if (!(
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement
    ))
      continue;
    const kind = element.dataset.kind as FieldKind | undefined;
    if (!kind || !element.name) continue;
    if (
      element instanceof HTMLInputElement &&
      (element.type === "checkbox" || element.type === "radio") &&
      !element.checked
    )
      continue;
    values.push({ name: element.name, kind, value: element.value });
  }
  return values;
}
