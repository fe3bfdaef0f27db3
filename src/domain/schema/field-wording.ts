/**
 * How one field is put to people, in plain English (GOV.UK style): the form's label and hint, and
 * the messages the form, `npm run validate` and the build all show. Each schema module writes its
 * fields' wording beside the schema; `wording.ts` finds a field's wording by its path.
 */
export interface FieldWording {
  /** The question or label on the form, such as "Start date". */
  readonly label: string;
  /** Help under the label, for someone who has never seen the file format. */
  readonly hint?: string;
  /** Said when a needed answer is missing or empty, such as "Enter the course title". */
  readonly missing?: string;
  /** Said when an answer is there but cannot be right, such as "The start date must be a real date". */
  readonly invalid?: string;
  /** Said of an answer that is too long; `{max}` is replaced by the limit. */
  readonly tooLong?: string;
  /** Messages of the rules about this field (src/domain/rules), by name. */
  readonly rules?: Readonly<Record<string, string>>;
}

/** The wording of an object schema's fields, by field key. */
export type Wordings<Key extends string> = { readonly [K in Key]?: FieldWording };

/** "Course title" → "course title", leaving acronyms (CPD, UK) as they are. */
export const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** A label without its "(optional)", for use inside a sentence. */
export const bareLabel = (label: string) => label.replace(/\s*\(optional\)$/, "");
