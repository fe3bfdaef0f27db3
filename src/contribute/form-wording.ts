import { courseFieldWording, type FieldWording } from "../domain/schema/index.ts";

/**
 * A form control's label and hint, from the wording beside the field's schema: the control's
 * name ("presentations.0.start") is the field's path. Throws for a field without wording, so
 * the form never falls back to a field key.
 */
export function formWording(name: string): Pick<FieldWording, "label" | "hint"> {
  const path = name.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const wording = courseFieldWording(path);
  if (!wording) throw new Error(`No wording for ${name}; add it beside the field's schema in src/domain/schema`);
  return { label: wording.label, ...(wording.hint ? { hint: wording.hint } : {}) };
}
