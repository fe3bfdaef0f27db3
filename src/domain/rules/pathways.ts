import { ratingStatusOf } from "../credit-rating.ts";
import { courseCreditsIn, stepCredits } from "../pathways.ts";
import { canAwardCredit } from "../providers.ts";
import type { Course, Pathway, Provider } from "../schema/index.ts";
import { pathwayStepWording as stepWords, pathwayWording as words } from "../schema/pathway.ts";
import { creditSchemes, termById } from "../vocabularies/index.ts";
import { error, warning, type RuleFinding } from "./types.ts";

/** What a pathway is checked against: the rest of the catalogue. */
export interface PathwayRuleContext {
  readonly pathway: Pathway;
  /** Providers whose files are valid, by id. */
  readonly providers: ReadonlyMap<string, Provider>;
  /** Every provider id that has a file, valid or not (a broken file is reported once, in itself). */
  readonly providerIds: ReadonlySet<string>;
  /** Courses whose credits passed the schema, by id, so a step's credits can be checked against them. */
  readonly courses: ReadonlyMap<string, Course>;
  /** Every course id that has a file, valid or not. */
  readonly courseIds: ReadonlySet<string>;
  /** Date to judge credit ratings against, YYYY-MM-DD. */
  readonly asOf: string;
}

/** Fills a wording's {placeholders}. */
const fill = (text: string, values: Readonly<Record<string, string | number>>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));

/** Statuses whose credits a learner can count toward an award. */
const CREDIT_BEARING: readonly string[] = ["accredited", "credit-rated"];

/** The awarding body exists and can award credit, and the award's level fits its scheme. */
function awardIsSound({ pathway, providers, providerIds }: PathwayRuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const body = pathway.awardingBody;
  if (!providerIds.has(body)) {
    findings.push(
      error(
        ["awardingBody"],
        fill(words.awardingBody.rules.unknown, { id: `"${body}"` }),
        `Use the id of a university or college in content/providers/, or add content/providers/${body}.md`,
      ),
    );
  } else {
    const provider = providers.get(body);
    if (provider && !canAwardCredit(provider)) {
      findings.push(
        error(
          ["awardingBody"],
          words.awardingBody.rules.cannotAward,
          `${provider.name} cannot award credit: name a university (provider type hei) or a provider with awardingPowers: true`,
        ),
      );
    }
  }
  const scheme = termById(creditSchemes, pathway.award.scheme);
  if (pathway.award.level < scheme.minLevel || pathway.award.level > scheme.maxLevel) {
    findings.push(
      error(
        ["award", "level"],
        fill(words.award.rules.outOfRange, { min: scheme.minLevel, max: scheme.maxLevel }),
        `${scheme.id} levels are ${scheme.minLevel} to ${scheme.maxLevel}, not ${pathway.award.level}: a PG Certificate is level 7, a graduate certificate level 6`,
      ),
    );
  }
  return findings;
}

/** Every step names a course that exists, once, and counts no more credit than the course carries. */
function stepsAreSound({ pathway, courses, courseIds, asOf }: PathwayRuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const seen = new Set<string>();
  const { scheme, level: awardLevel } = pathway.award;
  pathway.steps.forEach((step, index) => {
    const id = `"${step.course}"`;
    if (seen.has(step.course)) {
      findings.push(
        error(
          ["steps", index, "course"],
          fill(stepWords.course.rules.twice, { id }),
          "List each course once; remove this step, or name another course",
        ),
      );
      return;
    }
    seen.add(step.course);
    if (!courseIds.has(step.course)) {
      findings.push(
        error(
          ["steps", index, "course"],
          fill(stepWords.course.rules.unknown, { id }),
          "Use the id of a course in content/courses/<provider-id>/ (its file name without .md), or remove this step",
        ),
      );
      return;
    }
    const course = courses.get(step.course);
    if (!course) return; // Its own file is broken, and says so.
    if (course.status === "withdrawn") {
      findings.push(
        warning(
          ["steps", index, "course"],
          fill(stepWords.course.rules.withdrawn, { id }),
          "Learners can no longer take it: remove this step, or replace it with the course that took its place",
        ),
      );
    }
    const own = courseCreditsIn(course, scheme);
    if (!own || !CREDIT_BEARING.includes(course.creditStatus)) {
      findings.push(
        error(
          ["steps", index, "course"],
          fill(stepWords.credits.rules.noCredit, { id }),
          "Only accredited or credit-rated courses count toward an award: remove this step, or have the course credit rated first",
        ),
      );
      return;
    }
    if (ratingStatusOf(course, asOf) === "lapsed") {
      findings.push(
        warning(
          ["steps", index, "course"],
          fill(stepWords.course.rules.lapsed, { id }),
          "Its page says it carries no credit now: ask the course's provider to renew the rating, or remove this step",
        ),
      );
    }
    if (step.credits > own.value) {
      findings.push(
        error(
          ["steps", index, "credits"],
          fill(stepWords.credits.rules.moreThanCourse, {
            step: step.credits,
            id,
            own: `${own.value} ${scheme} credits`,
          }),
          `Set credits: ${own.value} or fewer, or correct the course's credits in its own file`,
        ),
      );
    }
    if (own.level < awardLevel - 1) {
      findings.push(
        warning(
          ["steps", index, "course"],
          fill(stepWords.credits.rules.levelBelow, { id, level: own.level, award: awardLevel }),
          "Check the awarding body accepts credit at this level toward the award; if not, remove this step",
        ),
      );
    }
  });
  return findings;
}

/** The steps can add up to the award, and the required ones alone do not exceed it. */
function creditsAddUp({ pathway }: PathwayRuleContext): RuleFinding[] {
  const total = pathway.award.value;
  const available = stepCredits(pathway.steps);
  const required = stepCredits(pathway.steps.filter((step) => step.required));
  const findings: RuleFinding[] = [];
  if (available < total) {
    findings.push(
      error(
        ["steps"],
        fill(words.award.rules.notEnough, { sum: available, total }),
        `Add courses worth at least ${total - available} more credits, or correct the total in award: value`,
      ),
    );
  }
  if (required > total) {
    findings.push(
      error(
        ["steps"],
        fill(words.award.rules.requiredTooMany, { sum: required, total }),
        "Make some of these courses optional (remove required: true), or correct the total in award: value",
      ),
    );
  }
  return findings;
}

/** Every rule across a pathway and the catalogue, in the order findings are reported. */
export const pathwayRules = [awardIsSound, stepsAreSound, creditsAddUp] as const;

/** Runs every pathway rule. */
export function checkPathway(context: PathwayRuleContext): RuleFinding[] {
  return pathwayRules.flatMap((rule) => rule(context));
}
