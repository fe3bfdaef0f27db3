import type { z } from "zod";
import { calendarDate, emailAddress, entryId, httpsUrl, timeOfDay, ukPostcode } from "../domain/schema/index.ts";
import { glossaryFacets, type GlossaryFacet } from "../domain/facets.ts";

/** What a contributor may write in one field, in plain words. */
export interface FieldType {
  /** True when the field must be written (it has no default and is not optional). */
  readonly required: boolean;
  /** "Text, up to 150 characters", "Date (YYYY-MM-DD)", "One or more of: Themes" … */
  readonly text: string;
  /** The vocabulary the values come from, if any. */
  readonly vocabulary?: GlossaryFacet;
  /** The documented object schema the value (or each item) follows, if any. */
  readonly object?: z.ZodType;
  /** The value used when the field is left out, if it is not an empty list. */
  readonly defaultValue?: unknown;
}

type AnySchema = z.core.$ZodType;

/** Shared building blocks, recognised by identity so their description is written once, here. */
const namedPrimitives = new Map<AnySchema, string>([
  [calendarDate, "Date (YYYY-MM-DD)"],
  [timeOfDay, "Time (HH:MM, 24-hour clock)"],
  [entryId, "Id: lowercase letters, digits and hyphens"],
  [httpsUrl, "Web address starting https://"],
  [emailAddress, "Email address"],
  [ukPostcode, "UK postcode"],
]);

/** The vocabulary whose ids are exactly an enum's values. */
function vocabularyOf(values: readonly unknown[]): GlossaryFacet | undefined {
  const wanted = [...values].sort().join("|");
  return glossaryFacets.find(
    (vocabulary) =>
      vocabulary.terms
        .map((term) => term.id)
        .sort()
        .join("|") === wanted,
  );
}

/** Strips optional, default and similar wrappers, noting any default. */
export function unwrap(schema: AnySchema): { inner: AnySchema; defaultValue?: unknown } {
  const def = schema._zod.def as { type: string; innerType?: AnySchema; defaultValue?: unknown };
  if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType) {
    const unwrapped = unwrap(def.innerType);
    return def.type === "default" ? { ...unwrapped, defaultValue: def.defaultValue } : unwrapped;
  }
  return { inner: schema };
}

/** Describes one field's schema; `documented` holds the object schemas that have their own section. */
export function describeFieldType(schema: AnySchema, documented: ReadonlySet<AnySchema>): FieldType {
  // Zod marks a field that may be left out ("optional", or "defaulted" when it has a default).
  const required = schema._zod.optin === undefined;
  const { inner, defaultValue } = unwrap(schema);
  const shown = Array.isArray(defaultValue) && defaultValue.length === 0 ? undefined : defaultValue;
  return { required, ...describeValue(inner, documented), ...(shown === undefined ? {} : { defaultValue: shown }) };
}

function describeValue(schema: AnySchema, documented: ReadonlySet<AnySchema>): Omit<FieldType, "required"> {
  const named = namedPrimitives.get(schema);
  if (named) return { text: named };
  if (documented.has(schema)) return { text: "Group of fields", object: schema as z.ZodType };
  const def = schema._zod.def as {
    type: string;
    element?: AnySchema;
    entries?: object;
    values?: unknown[];
    options?: AnySchema[];
  };
  const checks = ((def as { checks?: { _zod: { def: unknown } }[] }).checks ?? []).map(
    (check) => check._zod.def as { check: string; maximum?: number; format?: string },
  );
  const maximum = checks.find((check) => check.check === "max_length")?.maximum;
  const whole = (def as { format?: string }).format === "safeint" || checks.some((check) => check.format === "safeint");
  switch (def.type) {
    case "enum": {
      const vocabulary = vocabularyOf(Object.values(def.entries ?? {}));
      return vocabulary ? { text: `One of: ${vocabulary.title}`, vocabulary } : { text: "One of a fixed list" };
    }
    case "array": {
      const item = describeValue(def.element!, documented);
      if (item.vocabulary) return { ...item, text: `List of: ${item.vocabulary.title}` };
      if (item.object) return { ...item, text: "List of groups of fields" };
      return { ...item, text: `List, each: ${item.text.toLowerCase()}` };
    }
    case "string":
      return { text: maximum === undefined ? "Text" : `Text, up to ${maximum} characters` };
    case "number":
      return { text: whole ? "Whole number" : "Number" };
    case "boolean":
      return { text: "true or false" };
    case "union":
      return {
        text: (def.options ?? []).map((option) => describeValue(option, documented).text.toLowerCase()).join(" or "),
      };
    case "record":
      return { text: "Field names, each with a value (written by a tool)" };
    case "literal":
      return { text: `Always ${(def.values ?? []).join(" or ")}` };
    default:
      throw new Error(`No plain-English description for a "${def.type}" field; add one in src/docs/field-types.ts`);
  }
}
