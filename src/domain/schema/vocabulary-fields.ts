import { z } from "zod";
import { idsOf, type Term } from "../vocabularies/index.ts";

/** One value from a controlled vocabulary. */
export function oneOf<const T extends readonly Term[]>(terms: T) {
  return z.enum(idsOf(terms));
}

/** A list of distinct values from a controlled vocabulary, with at least `min` entries. */
export function listOf<const T extends readonly Term[]>(terms: T, min = 0) {
  return z
    .array(oneOf(terms))
    .min(min, min === 1 ? "List at least one value" : `List at least ${min} values`)
    .refine((values) => new Set(values).size === values.length, {
      message: "Each value may appear only once",
      params: { fix: "Remove the repeated value" },
    });
}
