import { courseWording } from "./course.ts";
import { contactWording } from "./contact.ts";
import { costWording } from "./cost.ts";
import { evaluationWording } from "./evaluation.ts";
import { creditRatingWording, creditValueWording } from "./credit.ts";
import type { FieldWording } from "./field-wording.ts";
import { presentationWording } from "./presentation.ts";
import { serviceUserInvolvementWording } from "./service-user-involvement.ts";
import { venueWording } from "./venue.ts";

export * from "./field-wording.ts";

/** Every field's wording keyed by its path pattern, with `*` for any list position: "presentations.*.cost.amount". */
const courseFieldWordings: ReadonlyMap<string, FieldWording> = new Map(
  (
    [
      ["", courseWording],
      ["presentations.*.", presentationWording],
      ["presentations.*.cost.", costWording],
      ["presentations.*.venue.", venueWording],
      ["credits.*.", creditValueWording],
      ["creditRating.", creditRatingWording],
      ["serviceUserInvolvement.", serviceUserInvolvementWording],
      ["evaluation.", evaluationWording],
      ["contact.", contactWording],
    ] as const
  ).flatMap(([prefix, wordings]) =>
    Object.entries(wordings as Record<string, FieldWording>).map(([key, wording]) => [`${prefix}${key}`, wording]),
  ),
);

/** A field path (["presentations", 0, "cost", "amount"]) as its pattern ("presentations.*.cost.amount"). */
export const pathPattern = (path: readonly PropertyKey[]) =>
  path.map((key) => (typeof key === "number" ? "*" : String(key))).join(".");

/**
 * The wording of a course field by its path, if it has one. A list item's own path
 * (["learningOutcomes", 2]) takes the list's wording.
 */
export function courseFieldWording(path: readonly PropertyKey[]): FieldWording | undefined {
  const pattern = pathPattern(path);
  return courseFieldWordings.get(pattern) ?? courseFieldWordings.get(pattern.replace(/\.\*$/, ""));
}

/** Every worded course field's path pattern, for tests and documentation. */
export const wordedCoursePaths = (): string[] => [...courseFieldWordings.keys()];
