import { canAwardCredit } from "../providers.ts";
import type { Course, Provider } from "../schema/index.ts";
import { courseWording as words } from "../schema/course.ts";
import { creditRatingWording as ratingWords } from "../schema/credit.ts";
import { error, type CourseRule, type RuleFinding } from "./types.ts";

/** Missing evidence is pointed at the creditStatus line, which is what requires it. */
const STATUS = ["creditStatus"];

/** Minimum learning for any credit: one credit is 10 notional hours (reference §5). */
const MINIMUM_NOTIONAL_HOURS = 10;

/** The evidence a rating panel needs, which credit-rated and pending courses must show. */
function ratingEvidence(course: Course): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const status = course.creditStatus;
  if (!course.assessment) {
    findings.push(
      error(
        ["assessment"],
        words.assessment.rules.needed,
        `A ${status} course must say: add assessment: with the method, who marks it and how`,
        STATUS,
      ),
    );
  }
  if (!course.qualityAssurance) {
    findings.push(
      error(
        ["qualityAssurance"],
        words.qualityAssurance.rules.needed,
        `A ${status} course must say: add qualityAssurance: with moderation, external examining or evaluation arrangements`,
        STATUS,
      ),
    );
  }
  if (course.notionalHours === undefined || course.notionalHours < MINIMUM_NOTIONAL_HOURS) {
    findings.push(
      error(
        ["notionalHours"],
        words.notionalHours.rules.tooFew,
        `A ${status} course needs at least ${MINIMUM_NOTIONAL_HOURS}: set notionalHours: to the total hours of study`,
        STATUS,
      ),
    );
  }
  return findings;
}

/** Checks that a referenced provider is a university: only universities credit rate (issue: "naming an HEI"). */
function mustBeUniversity(
  path: RuleFinding["path"],
  id: string | undefined,
  providers: ReadonlyMap<string, Provider>,
): RuleFinding[] {
  const provider = id === undefined ? undefined : providers.get(id);
  if (!provider || provider.type === "hei") return [];
  return [
    error(
      path,
      ratingWords.ratedBy.rules.notUniversity,
      `${provider.name} is not a university: name a university (a provider with type: hei)`,
    ),
  ];
}

/** Checks that a referenced provider can award credit, when it exists. */
function mustAward(
  path: RuleFinding["path"],
  id: string | undefined,
  providers: ReadonlyMap<string, Provider>,
  what: string,
): RuleFinding[] {
  const provider = id === undefined ? undefined : providers.get(id);
  if (!provider || canAwardCredit(provider)) return [];
  return [
    error(
      path,
      words.awardingBody.rules.cannotAward,
      `${provider.name} cannot ${what}: name a university (provider type hei) or a provider with awardingPowers: true`,
    ),
  ];
}

const needsCredits = (course: Course): RuleFinding[] =>
  course.credits.length > 0
    ? []
    : [
        error(
          ["credits"],
          words.credits.rules.needed,
          `A ${course.creditStatus} course must list them: add credits: [{ scheme: CATS, level: 6, value: 20 }]`,
          STATUS,
        ),
      ];

/** Each credit status asks for its own evidence; see the creditStatuses vocabulary. */
export const creditStatusRequirements: CourseRule = ({ course, providers }) => {
  const rating = course.creditRating;
  switch (course.creditStatus) {
    case "accredited": {
      const findings = [...needsCredits(course)];
      if (!course.assessment)
        findings.push(
          error(
            ["assessment"],
            words.assessment.rules.needed,
            "An accredited course must say: add assessment: with the method, who marks it and how",
            STATUS,
          ),
        );
      const provider = providers.get(course.provider);
      if (course.awardingBody) {
        findings.push(...mustAward(["awardingBody"], course.awardingBody, providers, "award credit"));
      } else if (provider && !canAwardCredit(provider)) {
        findings.push(
          error(
            ["awardingBody"],
            words.awardingBody.rules.needed,
            `An accredited course needs one, and ${provider.name} is not one: add awardingBody: with the id of the university that awards the credit`,
            ["provider"],
          ),
        );
      }
      return findings;
    }
    case "credit-rated": {
      const findings = [...needsCredits(course), ...ratingEvidence(course)];
      // Each missing detail of the rating letter is its own message, so the form can put it beside its question.
      for (const field of ["ratedBy", "ratedOn", "reviewDue", "reference"] as const) {
        if (!rating?.[field])
          findings.push(
            error(
              ["creditRating", field],
              ratingWords[field].missing,
              `A credit-rated course needs creditRating.${field}: copy it from the university's rating letter`,
              rating ? ["creditRating"] : STATUS,
            ),
          );
      }
      findings.push(...mustBeUniversity(["creditRating", "ratedBy"], rating?.ratedBy, providers));
      if (
        rating?.ratedBy !== undefined &&
        rating.ratedBy === course.provider &&
        providers.get(course.provider)?.type === "hei"
      ) {
        findings.push(
          error(
            ["creditRating", "ratedBy"],
            "A university does not credit rate its own course: its own modules are accredited",
            "Set creditStatus: accredited and remove creditRating",
          ),
        );
      }
      if (rating?.ratedOn && rating.reviewDue && rating.reviewDue <= rating.ratedOn) {
        findings.push(
          error(
            ["creditRating", "reviewDue"],
            ratingWords.reviewDue.rules.notAfterRating,
            "Check both dates against the rating letter",
          ),
        );
      }
      return findings;
    }
    case "rating-pending": {
      const findings = ratingEvidence(course);
      if (!rating?.requestedFrom)
        findings.push(
          error(
            ["creditRating", "requestedFrom"],
            ratingWords.requestedFrom.missing,
            "A rating-pending course must name it: add creditRating: { requestedFrom: <university id> }",
            STATUS,
          ),
        );
      findings.push(
        ...mustAward(["creditRating", "requestedFrom"], rating?.requestedFrom, providers, "credit rate courses"),
      );
      return findings;
    }
    case "not-credit-rated": {
      const findings: RuleFinding[] = [];
      if (course.credits.length > 0)
        findings.push(
          error(
            ["credits"],
            words.credits.rules.notWithoutCredit,
            "Remove credits:, or set creditStatus: to accredited, credit-rated or rating-pending",
          ),
        );
      if (rating)
        findings.push(
          error(
            ["creditRating"],
            words.creditRating.rules.notWithoutCredit,
            "Remove creditRating:, or set creditStatus: to credit-rated or rating-pending",
          ),
        );
      return findings;
    }
  }
};
