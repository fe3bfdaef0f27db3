import { describe, expect, it } from "vitest";
import { searchFilters, searchRunValues, facetRegistry } from "../../src/domain/facets.ts";
import { courseFacts, joinableRuns, runTiming, startsInText, STARTS_IN_DAYS } from "../../src/domain/runs.ts";
import { addDays } from "../../src/domain/dates.ts";
import { courseSchema, providerSchema } from "../../src/domain/schema/index.ts";
import { searchRecord } from "../../src/search/record.ts";
import { readRunFacts, writeRunFacts } from "../../src/search/run-facts.ts";
import { validCourse, validProvider } from "../helpers/catalogue.ts";

const asOf = "2026-12-05";
const provider = providerSchema.parse(validProvider());
const filters = searchFilters(facetRegistry);
const faceToFaceSoon = {
  id: "bolton-january",
  start: "2027-01-12",
  applyBy: "2026-12-15",
  studyMode: "part-time",
  attendanceMode: "campus",
  attendancePattern: "daytime",
  venue: { name: "Bolton Hub", town: "Bolton", postcode: "BL1 1AA", region: "north-west" },
  cost: { amount: 120 },
};
const onlineLater = {
  id: "online-may",
  start: "2027-05-04",
  studyMode: "part-time",
  attendanceMode: "online",
  attendancePattern: "evening",
  online: true,
  cost: { amount: 0 },
};
const entryWith = (...runs: Record<string, unknown>[]) => ({
  course: courseSchema.parse(validCourse({ presentations: runs, cpdHours: 12 })),
  provider,
});

describe("run filters in search", () => {
  it("give each run its own values, so one run must meet every run filter", () => {
    const runs = searchRunValues(entryWith(onlineLater, faceToFaceSoon), asOf, filters);
    // Soonest first.
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({
      start: ["next-3-months"],
      where: ["north-west"],
      cost: [expect.not.stringMatching(/^free$/)],
      attendance: ["campus"],
      pattern: ["daytime"],
    });
    expect(runs[1]).toMatchObject({ where: ["online"], cost: ["free"], attendance: ["online"], pattern: ["evening"] });
    expect(runs[1]!.start).not.toEqual(["next-3-months"]);
    // The course's own values are every run's: what a search's words that name a value find.
    const record = searchRecord(entryWith(onlineLater, faceToFaceSoon), "Body.", {
      asOf,
      url: "/courses/x/",
      facets: filters,
    });
    expect(new Set(record.filters.where)).toEqual(new Set(["north-west", "online"]));
    expect(record.runs).toEqual(runs);
  });

  it("give a course with no run to join one run that stands for “no dates announced”", () => {
    const entry = entryWith({ ...faceToFaceSoon, start: "2026-10-01", applyBy: "2026-09-01" });
    expect(joinableRuns(entry.course, asOf)).toEqual([]);
    const runs = searchRunValues(entry, asOf, filters);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ start: ["not-announced"], where: [], cost: [] });
    const record = searchRecord(entry, "Body.", { asOf, url: "/courses/x/", facets: filters });
    expect(readRunFacts(record.meta.runs!)).toEqual([
      [
        ["Starts", "No dates announced"],
        ["Length", "12 hours"],
      ],
    ]);
  });

  it("leave a run whose applications have closed out of search", () => {
    const closed = { ...faceToFaceSoon, applyBy: "2026-12-01" };
    const runs = searchRunValues(entryWith(closed, onlineLater), asOf, filters);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.where).toEqual(["online"]);
  });
});

describe("what a result says of a run", () => {
  it("gives its start, how soon, where, cost, a close closing date and length", () => {
    const { course } = entryWith(faceToFaceSoon, onlineLater);
    const [soon, later] = joinableRuns(course, asOf);
    expect(courseFacts(course, soon, asOf)).toEqual([
      { label: "Starts", value: "12 January 2027" },
      { label: "Where", value: "Bolton" },
      { label: "Cost", value: "£120" },
      { label: "Apply by", value: "15 December 2026 (closing soon)" },
      { label: "Length", value: "12 hours" },
    ]);
    expect(courseFacts(course, later, asOf)).toEqual([
      { label: "Starts", value: "4 May 2027" },
      { label: "Where", value: "Online" },
      { label: "Cost", value: "Free" },
      { label: "Length", value: "12 hours" },
    ]);
    expect(courseFacts(course, soon, "2026-12-31")[0]).toEqual({
      label: "Starts",
      value: "12 January 2027 (in 12 days)",
    });
  });
});

describe("run facts in a search record", () => {
  it("round-trip, with tabs and line breaks in a value made spaces and colons in a value kept", () => {
    const text = writeRunFacts([
      [
        { label: "Starts", value: "At any time" },
        { label: "Where", value: "Online:\tlive\nsessions" },
      ],
      [{ label: "Starts", value: "No dates announced" }],
    ]);
    expect(readRunFacts(text)).toEqual([
      [
        ["Starts", "At any time"],
        ["Where", "Online: live sessions"],
      ],
      [["Starts", "No dates announced"]],
    ]);
    expect(readRunFacts("")).toEqual([]);
  });
});

describe("how soon a run starts", () => {
  const startingOn = (start: string) =>
    runTiming(
      courseSchema.parse(validCourse({ presentations: [{ ...faceToFaceSoon, start, applyBy: undefined }] }))
        .presentations[0]!,
      asOf,
    );
  it("counts days within a month, and says nothing further off or once started", () => {
    expect(startsInText(startingOn(asOf))).toBe("Starts today");
    expect(startsInText(startingOn("2026-12-06"))).toBe("Starts tomorrow");
    expect(startsInText(startingOn("2026-12-17"))).toBe("Starts in 12 days");
    expect(startsInText(startingOn(addDays(asOf, STARTS_IN_DAYS)))).toBe(`Starts in ${STARTS_IN_DAYS} days`);
    expect(startsInText(startingOn(addDays(asOf, STARTS_IN_DAYS + 1)))).toBeUndefined();
    expect(startsInText(startingOn("2026-12-01"))).toBeUndefined();
  });
});
