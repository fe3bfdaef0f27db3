import { describe, expect, it } from "vitest";
import { addDays, addYears, daysBetween, wholeMonthsBetween } from "../../src/domain/dates.ts";
import { startWindowFacet, whereFacet } from "../../src/domain/facets.ts";
import {
  currentRuns,
  joinableRuns,
  courseFacts,
  nextRun,
  runTiming,
  soonestStartKey,
  startingSoon,
  startWindowsOf,
} from "../../src/domain/runs.ts";
import { courseSchema, providerSchema, type Presentation } from "../../src/domain/schema/index.ts";
import { validCourse, validProvider } from "../helpers/catalogue.ts";

const provider = providerSchema.parse(validProvider());
const baseRun = {
  studyMode: "part-time",
  attendanceMode: "campus",
  attendancePattern: "daytime",
  venue: { name: "Main campus", town: "Salford", postcode: "M5 4WT", region: "north-west" },
  cost: { amount: 0 },
};
const courseWith = (...runs: Record<string, unknown>[]) =>
  courseSchema.parse(validCourse({ presentations: runs.map((run, i) => ({ id: `run-${i}`, ...baseRun, ...run })) }));
const run = (fields: Record<string, unknown>): Presentation => courseWith(fields).presentations[0]!;

describe("date arithmetic", () => {
  it("counts days across months, years and leap days", () => {
    expect(daysBetween("2027-02-28", "2027-03-01")).toBe(1);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2027-03-01", "2027-02-28")).toBe(-1);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addYears("2028-02-29", 1)).toBe("2029-03-01");
  });

  it("counts a whole month only once its day is reached", () => {
    expect(wholeMonthsBetween("2027-01-15", "2027-04-14")).toBe(2);
    expect(wholeMonthsBetween("2027-01-15", "2027-04-15")).toBe(3);
    expect(wholeMonthsBetween("2026-12-06", "2027-03-05")).toBe(2);
    expect(wholeMonthsBetween("2027-03-01", "2027-01-10")).toBe(-2);
  });
});

describe("the clock for runs", () => {
  const asOf = "2027-03-01";

  it("treats a run that started before the as-of date and runs on as under way, not as a start to come", () => {
    // The case that three modules used to disagree on: "In the next 3 months" and first under
    // "Soonest start", yet missing from the home page's "Starting soon".
    const course = courseWith({ start: "2027-01-10", end: "2027-06-30" });
    const timing = runTiming(course.presentations[0]!, asOf);
    expect(timing.phase).toBe("under-way");
    expect(timing.startWindow).toBeUndefined();
    expect(currentRuns(course, asOf)).toHaveLength(1);
    expect(joinableRuns(course, asOf)).toHaveLength(0);
    expect(startWindowsOf(course, asOf)).toEqual(["not-announced"]);
    expect(startWindowFacet.valuesOf({ course, provider }, asOf)).toEqual(["not-announced"]);
    expect(soonestStartKey(course, asOf)).toBe("9999-12-31");
    expect(startingSoon([{ course }], asOf, 6)).toEqual([]);
    expect(courseFacts(course, nextRun(course, asOf), asOf)[0]).toEqual({
      label: "Starts",
      value: "No dates announced",
    });
    // Run filters count only runs a learner can join.
    expect(whereFacet.valuesOf({ course, provider }, asOf)).toEqual([]);
  });

  it("puts the boundary days in the right phase", () => {
    expect(runTiming(run({ start: asOf }), asOf).phase).toBe("upcoming");
    expect(runTiming(run({ start: "2027-02-28", end: asOf }), asOf).phase).toBe("under-way");
    expect(runTiming(run({ start: "2027-02-27", end: "2027-02-28" }), asOf).phase).toBe("past");
    expect(runTiming(run({ start: "2027-02-28" }), asOf).phase).toBe("past");
    expect(runTiming(run({ flexibleStart: true }), asOf).phase).toBe("on-demand");
    expect(runTiming(run({ flexibleStart: true, end: "2027-02-28" }), asOf).phase).toBe("past");
    expect(runTiming(run({ flexibleStart: true, end: asOf }), asOf).phase).toBe("on-demand");
  });

  it("takes start windows from the vocabulary's month limits", () => {
    const windowOf = (start: string) => runTiming(run({ start }), asOf).startWindow;
    expect(windowOf(asOf)).toBe("next-3-months");
    expect(windowOf("2027-05-31")).toBe("next-3-months");
    expect(windowOf("2027-06-01")).toBe("3-to-6-months");
    expect(windowOf("2027-08-31")).toBe("3-to-6-months");
    expect(windowOf("2027-09-01")).toBe("later");
    expect(runTiming(run({ flexibleStart: true }), asOf).startWindow).toBe("any-time");
  });

  it("says whether applications are open, closing soon or closed, the closing day itself included", () => {
    const applications = (applyBy: string | undefined, start = "2027-06-01") =>
      runTiming(run({ start, ...(applyBy ? { applyBy } : {}) }), asOf).applications;
    expect(applications(undefined)).toBe("open");
    expect(applications("2027-03-16")).toBe("open");
    expect(applications("2027-03-15")).toBe("closing-soon");
    expect(applications(asOf)).toBe("closing-soon");
    expect(applications("2027-02-28")).toBe("closed");
    expect(runTiming(run({ start: "2027-01-10", end: "2027-06-30" }), asOf).applications).toBe("ask-provider");
    expect(runTiming(run({ start: "2027-01-10", end: "2027-01-20" }), asOf).applications).toBe("closed");
  });

  it("does not count a run whose applications have closed as one a learner can join, anywhere", () => {
    const course = courseWith({ start: "2027-03-20", applyBy: "2027-02-20" });
    expect(currentRuns(course, asOf)).toHaveLength(1); // still shown on the course page
    expect(joinableRuns(course, asOf)).toEqual([]);
    expect(startWindowsOf(course, asOf)).toEqual(["not-announced"]);
    expect(soonestStartKey(course, asOf)).toBe("9999-12-31");
    expect(courseFacts(course, nextRun(course, asOf), asOf)[0]).toEqual({
      label: "Starts",
      value: "No dates announced",
    });
    expect(whereFacet.valuesOf({ course, provider }, asOf)).toEqual([]);
  });

  it("lists as starting soon only runs in the first start window that still take applications", () => {
    const soon = courseWith({ start: "2027-04-01" });
    const closed = courseWith({ start: "2027-03-20", applyBy: "2027-02-20" });
    const tooLate = courseWith({ start: "2027-06-01" });
    const both = courseWith({ start: "2027-03-10", applyBy: "2027-02-01" }, { start: "2027-05-10" });
    const entries = [soon, closed, tooLate, both].map((course) => ({ course }));
    expect(startingSoon(entries, asOf, 6).map(({ course }) => course)).toEqual([soon, both]);
  });

  it("orders runs by start, on-demand runs last, and sorts courses by their next dated start", () => {
    const course = courseWith({ flexibleStart: true }, { start: "2027-07-01" }, { start: "2027-04-01" });
    expect(joinableRuns(course, asOf).map((each) => each.start ?? "any time")).toEqual([
      "2027-04-01",
      "2027-07-01",
      "any time",
    ]);
    expect(soonestStartKey(course, asOf)).toBe("2027-04-01");
    expect(startWindowsOf(course, asOf).sort()).toEqual(["3-to-6-months", "any-time", "next-3-months"]);
  });
});
