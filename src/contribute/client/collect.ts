import type { FieldKind, FormValue } from "../form-entry.ts";

/** Every filled-in control of the form, with the kind its data-kind attribute declares. */
export function collectValues(form: HTMLFormElement): FormValue[] {
  const values: FormValue[] = [];
  for (const element of Array.from(form.elements)) {
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
