import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import type { CatalogueCourse } from "../../src/domain/facets.ts";
import { courseSchema, providerSchema } from "../../src/domain/schema/index.ts";
import { calendarContents, calendarEvents, courseCalendar } from "../../src/exports/course-calendar.ts";
import { FIXTURE_AS_OF, validCourse, validProvider } from "../helpers/catalogue.ts";

// Every calendar here is made as of 25 November 2026 (FIXTURE_AS_OF).
const provider = providerSchema.parse(validProvider());
/** The fixture course's run (2027-02-01 to 2027-05-01 in Salford) with `overrides`. */
const run = (overrides: Record<string, unknown>) => ({
  ...(validCourse().presentations as Record<string, unknown>[])[0]!,
  ...overrides,
});
const entry = (presentations: Record<string, unknown>[], overrides: Record<string, unknown> = {}): CatalogueCourse => ({
  course: courseSchema.parse(validCourse({ presentations, ...overrides })),
  provider,
});
const page = "https://courses.example.org/courses/fixture-course/";
const title = String(validCourse().title);

/** The calendar of `course`, read back with ical.js, a parser independent of the one that wrote it. */
function readCalendar(course: CatalogueCourse) {
  const ics = courseCalendar(course, page, FIXTURE_AS_OF);
  if (ics === undefined) throw new Error("Expected a calendar");
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // Session times are in London: ical.js turns them into instants with the file's own VTIMEZONE.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  return { ics, calendar, events };
}
const utc = (time: ICAL.Time) => time.toJSDate().toISOString();
const uids = (events: ICAL.Event[]) => events.map((event) => event.uid);

afterEach(() => ICAL.TimezoneService.reset());

describe("course calendar: sessions", () => {
  it("gives one event per timed session, in London time with its VTIMEZONE, in summer and in winter", () => {
    const { calendar, events } = readCalendar(
      entry([
        run({
          id: "2027-summer",
          start: "2027-07-06",
          end: "2027-07-20",
          sessions: [
            { date: "2027-07-06", start: "09:30", end: "16:00" },
            { date: "2027-07-20", start: "09:30", end: "12:30" },
          ],
        }),
        run({
          id: "2027-winter",
          start: "2027-01-12",
          end: "2027-01-12",
          sessions: [{ date: "2027-01-12", start: "09:30" }],
        }),
      ]),
    );
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/London");
    expect(uids(events)).toEqual([
      "fixture-course-2027-winter-session-1@course-finder",
      "fixture-course-2027-summer-session-1@course-finder",
      "fixture-course-2027-summer-session-2@course-finder",
    ]);
    const [winter, first, second] = events as [ICAL.Event, ICAL.Event, ICAL.Event];
    // 09:30 in July is British Summer Time, an hour ahead of UTC; in January it is GMT.
    expect(first.startDate.zone?.tzid).toBe("Europe/London");
    expect(utc(first.startDate)).toBe("2027-07-06T08:30:00.000Z");
    expect(utc(first.endDate)).toBe("2027-07-06T15:00:00.000Z");
    expect(utc(second.endDate)).toBe("2027-07-20T11:30:00.000Z");
    expect(utc(winter.startDate)).toBe("2027-01-12T09:30:00.000Z");
    expect(first.summary).toBe(`${title} (session 1 of 2)`);
    expect(second.summary).toBe(`${title} (session 2 of 2)`);
    expect(winter.summary).toBe(title);
    expect(first.location).toBe("Main campus, Salford M5 4WT");
    expect(first.component.getFirstPropertyValue("url")).toBe(page);
    expect(first.description).toContain(`Details: ${page}`);
  });

  it("makes a session without times an all-day event, and an online run's location Online", () => {
    const { ics, events } = readCalendar(
      entry([
        run({
          venue: undefined,
          online: true,
          attendanceMode: "online",
          sessions: [{ date: "2027-02-01" }, { date: "2027-03-01", start: "13:00", end: "15:00" }],
        }),
      ]),
    );
    const [allDay, timed] = events as [ICAL.Event, ICAL.Event];
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe("2027-02-01");
    expect(allDay.endDate.toString()).toBe("2027-02-02");
    expect(allDay.location).toBe("Online");
    expect(timed.startDate.isDate).toBe(false);
    expect(utc(timed.startDate)).toBe("2027-03-01T13:00:00.000Z");
    expect(ics).toContain("DTSTART;TZID=Europe/London:20270301T130000");
  });

  it("writes the same file whatever the time zone of the machine that builds the site", () => {
    const course = entry([
      run({ start: "2027-03-28", end: "2027-03-28", sessions: [{ date: "2027-03-28", start: "02:30" }] }),
    ]);
    const zone = process.env.TZ;
    const files = ["UTC", "America/New_York", "Pacific/Kiritimati", "Europe/London"].map((machineZone) => {
      process.env.TZ = machineZone;
      return courseCalendar(course, page, FIXTURE_AS_OF);
    });
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
    expect(new Set(files).size).toBe(1);
    expect(files[0]).toContain("DTSTART;TZID=Europe/London:20270328T023000");
  });
});

describe("course calendar: runs without sessions", () => {
  it("gives a long run two one-day events, its first and last day, never one event spanning months", () => {
    const { events } = readCalendar(entry([run({})]));
    expect(
      events.map((event) => [event.uid, event.summary, event.startDate.toString(), event.endDate.toString()]),
    ).toEqual([
      ["fixture-course-2027-spring-starts@course-finder", `${title} starts`, "2027-02-01", "2027-02-02"],
      ["fixture-course-2027-spring-ends@course-finder", `${title} ends`, "2027-05-01", "2027-05-02"],
    ]);
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
  });

  it("gives a one-day run one all-day event, and has no VTIMEZONE when nothing is timed", () => {
    const { calendar, events } = readCalendar(entry([run({ start: "2027-02-01", end: undefined })]));
    expect(uids(events)).toEqual(["fixture-course-2027-spring@course-finder"]);
    expect(events[0]!.summary).toBe(title);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(calendar.getAllSubcomponents("vtimezone")).toEqual([]);
  });
});

describe("course calendar: the closing date for applications", () => {
  it("is an all-day event of its own with a reminder at 9am two days before", () => {
    const { events } = readCalendar(entry([run({ applyBy: "2027-01-15" })]));
    const closing = events.find((event) => event.uid === "fixture-course-2027-spring-closing-date@course-finder")!;
    expect(closing.summary).toBe(`Closing date for applications: ${title}`);
    expect(closing.startDate.isDate).toBe(true);
    expect(closing.startDate.toString()).toBe("2027-01-15");
    expect(closing.description).toContain("Last day to apply for the run starting 1 February 2027");
    const alarms = closing.component.getAllSubcomponents("valarm");
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.getFirstPropertyValue("action")).toBe("DISPLAY");
    // The event starts at midnight on the closing date: 39 hours before is 9am two days earlier.
    const trigger = alarms[0]!.getFirstPropertyValue("trigger") as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-39 * 60 * 60);
    // Soonest first: the closing date comes before the run's first day.
    expect(events.indexOf(closing)).toBe(0);
  });

  it("is left out once it has passed, and only the closing date carries a reminder", () => {
    const { events } = readCalendar(entry([run({ applyBy: "2026-11-24" })]));
    expect(uids(events)).toEqual([
      "fixture-course-2027-spring-starts@course-finder",
      "fixture-course-2027-spring-ends@course-finder",
    ]);
    expect(events.flatMap((event) => event.component.getAllSubcomponents("valarm"))).toEqual([]);
  });

  it("is given on its closing day itself", () => {
    const { events } = readCalendar(entry([run({ applyBy: FIXTURE_AS_OF })]));
    expect(events[0]!.uid).toBe("fixture-course-2027-spring-closing-date@course-finder");
  });
});

describe("course calendar: what is left out", () => {
  it("leaves out past runs and on-demand runs, and gives only what is left of a run under way", () => {
    const { events } = readCalendar(
      entry([
        run({ id: "2026-autumn", start: "2026-09-01", end: "2026-11-24", applyBy: "2026-08-01" }),
        run({ id: "on-demand", start: undefined, end: undefined, flexibleStart: true }),
        run({
          id: "under-way-sessions",
          start: "2026-11-10",
          end: "2026-12-08",
          sessions: [
            { date: "2026-11-10" },
            { date: "2026-11-24", start: "09:30" },
            { date: "2026-11-25", start: "13:00", end: "16:00" },
            { date: "2026-12-08", start: "13:00", end: "16:00" },
          ],
        }),
        run({ id: "under-way", start: "2026-10-01", end: "2027-03-01" }),
      ]),
    );
    expect(uids(events)).toEqual([
      "fixture-course-under-way-sessions-session-3@course-finder",
      "fixture-course-under-way-sessions-session-4@course-finder",
      "fixture-course-under-way-ends@course-finder",
    ]);
    expect(events[0]!.summary).toBe(`${title} (session 3 of 4)`);
    expect(utc(events[0]!.startDate)).toBe("2026-11-25T13:00:00.000Z");
  });

  it("offers no calendar when no date is still to come", () => {
    const course = entry([
      run({ id: "2026-autumn", start: "2026-09-01", end: "2026-11-24" }),
      run({ id: "on-demand", start: undefined, end: undefined, flexibleStart: true }),
    ]);
    expect(calendarEvents(course.course, FIXTURE_AS_OF)).toEqual([]);
    expect(courseCalendar(course, page, FIXTURE_AS_OF)).toBeUndefined();
  });

  it("offers no calendar for a withdrawn course, whatever its runs", () => {
    const course = entry([run({ applyBy: "2027-01-15", sessions: [{ date: "2027-02-01" }] })], { status: "withdrawn" });
    expect(calendarEvents(course.course, FIXTURE_AS_OF)).toEqual([]);
    expect(courseCalendar(course, page, FIXTURE_AS_OF)).toBeUndefined();
  });
});

describe("course calendar: the link's words", () => {
  const contents = (presentations: Record<string, unknown>[]) =>
    calendarContents(calendarEvents(entry(presentations).course, FIXTURE_AS_OF));

  it("says what the calendar holds", () => {
    expect(contents([run({ applyBy: "2027-01-15", sessions: [{ date: "2027-02-01" }] })])).toBe(
      "sessions and the closing date for applications",
    );
    expect(contents([run({})])).toBe("course dates");
    expect(
      contents([
        run({ applyBy: "2027-01-15" }),
        run({ id: "2027-autumn", start: "2027-09-01", end: "2027-09-01", applyBy: "2027-08-01" }),
      ]),
    ).toBe("course dates and the closing dates for applications");
    expect(contents([run({ start: undefined, end: undefined, flexibleStart: true, applyBy: "2027-01-15" })])).toBe(
      "the closing date for applications",
    );
  });
});
