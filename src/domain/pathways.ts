/**
 * Pathways to awards ("step on, step off"): which awards a course counts toward, and what a learner
 * on a pathway still needs. The one home of pathway arithmetic: the validator's rules, the course
 * and pathway pages, and the exports all read it.
 */
import { carriesCredit } from "./credit-rating.ts";
import { headlineCredit } from "./credits.ts";
import { joinableRuns, nextRun } from "./runs.ts";
import type { Course, CreditValue, Pathway, PathwayStep } from "./schema/index.ts";
import { creditSchemes, termById, type CreditSchemeId } from "./vocabularies/index.ts";

/** One course's place on one pathway: the pathway and the step that names the course. */
export interface PathwayPlace {
  readonly pathway: Pathway;
  readonly step: PathwayStep;
}

/**
 * Every course's places on pathways, by course id, built in one pass over the pathways, so a page
 * of any course looks its pathways up rather than scanning them all.
 */
export function pathwaysByCourse(pathways: readonly Pathway[]): ReadonlyMap<string, readonly PathwayPlace[]> {
  const byCourse = new Map<string, PathwayPlace[]>();
  for (const pathway of pathways) {
    for (const step of pathway.steps) {
      const places = byCourse.get(step.course) ?? [];
      places.push({ pathway, step });
      byCourse.set(step.course, places);
    }
  }
  return byCourse;
}

/**
 * The credits a course carries in a scheme: its own value in that scheme, else its headline value
 * converted by notional hours (2 CATS = 1 ECTS); undefined for a course without credits.
 */
export function courseCreditsIn(course: Course, scheme: CreditSchemeId): CreditValue | undefined {
  const own = course.credits.find((credit) => credit.scheme === scheme);
  if (own) return own;
  const headline = headlineCredit(course);
  if (!headline) return undefined;
  const hours = headline.value * termById(creditSchemes, headline.scheme).hoursPerCredit;
  return { scheme, level: headline.level, value: hours / termById(creditSchemes, scheme).hoursPerCredit };
}

/** The credits of some steps added up: the one credit sum of a pathway. */
export const stepCredits = (steps: readonly PathwayStep[]): number =>
  steps.reduce((sum, step) => sum + step.credits, 0);

/** "20 of 60 CATS credits": what one step brings to its award, as a course page says it. */
export const countsTowardText = ({ pathway, step }: PathwayPlace): string =>
  `${step.credits} of ${pathway.award.value} ${pathway.award.scheme} credits`;

/** One step of a pathway as its page shows it: the course, whether it can be joined, and the running total. */
export interface PathwayStepView {
  readonly step: PathwayStep;
  /** The course, when the catalogue has it (the validator refuses a pathway naming any other). */
  readonly course: Course | undefined;
  /** Whether the course is still offered (not withdrawn). */
  readonly offered: boolean;
  /** Whether it has a run to come, or one learners can start at any time. */
  readonly joinable: boolean;
  /** The start date of its next run, when it has a dated one. */
  readonly nextStart: string | undefined;
  /** Whether its credit can be counted on today (a lapsed rating carries none). */
  readonly carriesCredit: boolean;
  /** Credits of the steps up to and including this one. */
  readonly runningTotal: number;
  /** Credits still needed for the award after this step and the ones before it. */
  readonly stillNeeded: number;
}

/** What a pathway's page shows: each step with its running total, and what the award still needs. */
export interface PathwayProgress {
  readonly steps: readonly PathwayStepView[];
  /** Credits of every step together. */
  readonly available: number;
  /** Credits of the required steps. */
  readonly required: number;
  /** Credits a learner must choose from the optional steps after the required ones. */
  readonly fromOptional: number;
}

/**
 * A pathway's steps, required ones first, each with its course's standing on `asOf` (by the one
 * clock in runs.ts) and the running total toward the award.
 */
export function pathwayProgress(
  pathway: Pathway,
  courseById: (id: string) => Course | undefined,
  asOf: string,
): PathwayProgress {
  const ordered = [...pathway.steps.filter((step) => step.required), ...pathway.steps.filter((step) => !step.required)];
  let runningTotal = 0;
  const steps = ordered.map((step) => {
    const course = courseById(step.course);
    runningTotal += step.credits;
    const offered = course?.status === "active";
    return {
      step,
      course,
      offered,
      joinable: offered && course !== undefined && joinableRuns(course, asOf).length > 0,
      nextStart: offered && course ? nextRun(course, asOf)?.start : undefined,
      carriesCredit: course !== undefined && carriesCredit(course, asOf),
      runningTotal,
      stillNeeded: Math.max(0, pathway.award.value - runningTotal),
    };
  });
  const required = stepCredits(pathway.steps.filter((step) => step.required));
  return {
    steps,
    available: stepCredits(pathway.steps),
    required,
    fromOptional: Math.max(0, pathway.award.value - required),
  };
}
