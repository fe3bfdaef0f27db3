/** Open Badges 3.0 (1EdTech) Achievement JSON-LD for credit-rated courses, for badge issuers to reuse. */
import { z } from "zod";
import { creditSummary } from "../domain/credit-rating.ts";
import type { CatalogueCourse } from "../domain/facets.ts";
import type { Provider } from "../domain/schema/index.ts";
import { frameworks, termById } from "../domain/vocabularies/index.ts";
import { catsEquivalent, headlineCredit } from "../domain/credits.ts";
import { jsonDocument } from "./json.ts";

const profile = z.object({
  id: z.url(),
  type: z.array(z.literal("Profile")),
  name: z.string(),
  url: z.url().optional(),
});

/** The JSON-LD contexts of every Open Badges 3.0 document: Verifiable Credentials 2.0, then Open Badges 3.0.3. */
const OPEN_BADGES_CONTEXT = [
  "https://www.w3.org/ns/credentials/v2",
  "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
] as const;
const openBadgesContext = z.tuple([z.literal(OPEN_BADGES_CONTEXT[0]), z.literal(OPEN_BADGES_CONTEXT[1])]);

/** An Open Badges 3.0 Achievement (1EdTech OB 3.0): what a credit-rated course awards, for badge issuers to reuse. */
export const achievementSchema = z.object({
  "@context": openBadgesContext,
  id: z.url(),
  type: z.tuple([z.literal("Achievement")]),
  achievementType: z.literal("Course"),
  name: z.string().min(1),
  description: z.string().min(1),
  criteria: z.object({ id: z.url(), narrative: z.string().min(1) }),
  /** Credits available on completion, in CATS credits. */
  creditsAvailable: z.number().positive(),
  fieldOfStudy: z.string(),
  alignment: z.array(
    z.object({
      type: z.tuple([z.literal("Alignment")]),
      targetName: z.string(),
      targetDescription: z.string(),
      targetFramework: z.string(),
      targetCode: z.string(),
      targetType: z.literal("ext:CompetencyFramework"),
      targetUrl: z.url(),
    }),
  ),
  creator: profile,
  /** The university's rating, as an (unsigned) endorsement: issuers sign their own credentials. */
  endorsement: z.array(
    z.object({
      /** An EndorsementCredential is a credential of its own, so it carries the contexts, an id and a name too. */
      "@context": openBadgesContext,
      /** The rating's own identifier: the achievement's address with #credit-rating. */
      id: z.url(),
      type: z.tuple([z.literal("VerifiableCredential"), z.literal("EndorsementCredential")]),
      name: z.string().min(1),
      issuer: profile,
      validFrom: z.string(),
      credentialSubject: z.object({
        id: z.url(),
        type: z.tuple([z.literal("EndorsementSubject")]),
        endorsementComment: z.string(),
      }),
    }),
  ),
});

export type Achievement = z.infer<typeof achievementSchema>;

/**
 * The Achievement for a course whose credit rating is in force, or undefined:
 * a pending or lapsed rating endorses nothing.
 */
export function achievement(
  entry: CatalogueCourse,
  ratingBody: Provider | undefined,
  pageUrl: (path: string) => string,
  asOf: string,
): Achievement | undefined {
  const { course, provider } = entry;
  const rating = course.creditRating;
  const cats = headlineCredit(course);
  if (
    course.creditStatus !== "credit-rated" ||
    !creditSummary(course, asOf).carriesCredit ||
    !rating?.ratedOn ||
    !ratingBody ||
    !cats
  )
    return undefined;
  const coursePage = pageUrl(`courses/${course.id}/`);
  const id = pageUrl(`courses/${course.id}/achievement.json`);
  return {
    "@context": [...OPEN_BADGES_CONTEXT],
    id,
    type: ["Achievement"],
    achievementType: "Course",
    name: course.title,
    description: course.summary,
    criteria: {
      id: coursePage,
      narrative: `Complete the course and pass its assessment: ${course.assessment ?? "as set by the provider"}. Learners will be able to: ${course.learningOutcomes.join("; ")}`,
    },
    creditsAvailable: catsEquivalent(cats),
    fieldOfStudy: "Health and social care",
    alignment: course.frameworkAlignment.map((alignment) => {
      const framework = termById(frameworks, alignment.framework);
      const dimension = termById(framework.dimensions, alignment.dimension);
      return {
        type: ["Alignment"],
        targetName: dimension.label,
        targetDescription: dimension.definition,
        targetFramework: framework.label,
        targetCode: alignment.level === undefined ? dimension.code : `${dimension.code}/${alignment.level}`,
        targetType: "ext:CompetencyFramework",
        targetUrl: pageUrl(`glossary/#frameworks-${framework.id}`),
      };
    }),
    creator: { id: pageUrl(`providers/${provider.id}/`), type: ["Profile"], name: provider.name, url: provider.url },
    endorsement: [
      {
        "@context": [...OPEN_BADGES_CONTEXT],
        id: `${id}#credit-rating`,
        type: ["VerifiableCredential", "EndorsementCredential"],
        name: `Credit rating by ${ratingBody.name}`,
        issuer: {
          id: pageUrl(`providers/${ratingBody.id}/`),
          type: ["Profile"],
          name: ratingBody.name,
          url: ratingBody.url,
        },
        validFrom: `${rating.ratedOn}T00:00:00Z`,
        credentialSubject: {
          id,
          type: ["EndorsementSubject"],
          endorsementComment: `Credit rated at level ${cats.level}, ${cats.value} ${cats.scheme} credits${rating.reference ? `, reference ${rating.reference}` : ""}; review due ${rating.reviewDue ?? "as agreed"}.`,
        },
      },
    ],
  };
}

/** The Achievement as its published JSON file (courses/<id>/achievement.json). */
export function achievementJson(badge: Achievement): string {
  return jsonDocument(badge);
}
