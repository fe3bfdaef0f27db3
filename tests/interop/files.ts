/**
 * Checks of the site's downloadable files that need no schema: the courses CSV read back with
 * csv-parse against the JSON of the same records, and each course page's calendar read back with
 * ical.js, a parser independent of the library that wrote it.
 */
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";

export interface FileFailure {
  readonly rule: string;
  readonly where: string;
}

interface JsonRun {
  id: string;
  start?: string;
  flexibleStart?: boolean;
  end?: string;
  applyBy?: string;
  studyMode: string;
  attendanceMode: string;
  attendancePattern: string;
  venue?: { name: string; town: string; postcode: string; region: string };
  online?: boolean;
  cost: { amount: number };
  places?: number;
  applyUrl?: string;
}
interface JsonCourse {
  id: string;
  title: string;
  provider: string;
  status: string;
  creditStatus: string;
  themes: string[];
  professions: string[];
  workforceLevels: string[];
  learnerMix: string[];
  topics?: string[];
  presentations: JsonRun[];
  page?: string;
}

/** The CSV's columns that hold a field of the JSON record as it is, and how to read that field. */
const CARRIED: Readonly<Record<string, (course: JsonCourse, run: JsonRun | undefined) => string>> = {
  course_id: (course) => course.id,
  title: (course) => course.title,
  provider_id: (course) => course.provider,
  status: (course) => course.status,
  credit_status: (course) => course.creditStatus,
  themes: (course) => course.themes.join(";"),
  professions: (course) => course.professions.join(";"),
  workforce_levels: (course) => course.workforceLevels.join(";"),
  learner_mix: (course) => course.learnerMix.join(";"),
  topics: (course) => (course.topics ?? []).join(";"),
  run_id: (_, run) => run?.id ?? "",
  start: (_, run) => run?.start ?? "",
  flexible_start: (_, run) => (run?.flexibleStart ? "yes" : ""),
  end: (_, run) => run?.end ?? "",
  apply_by: (_, run) => run?.applyBy ?? "",
  study_mode: (_, run) => run?.studyMode ?? "",
  attendance_mode: (_, run) => run?.attendanceMode ?? "",
  attendance_pattern: (_, run) => run?.attendancePattern ?? "",
  venue: (_, run) => run?.venue?.name ?? "",
  town: (_, run) => run?.venue?.town ?? "",
  postcode: (_, run) => run?.venue?.postcode ?? "",
  region: (_, run) => run?.venue?.region ?? "",
  online: (_, run) => (run?.online ? "yes" : ""),
  cost_gbp: (_, run) => (run ? String(run.cost.amount) : ""),
  places: (_, run) => (run?.places === undefined ? "" : String(run.places)),
  apply_url: (_, run) => run?.applyUrl ?? "",
};

/**
 * api/courses.csv parsed back (RFC 4180, as csv-parse reads it) gives the same records as
 * api/courses.json: a row for each run of each course, or one for a course with no runs, with each
 * column equal to the JSON field it carries.
 */
export function checkCoursesCsv(csvText: string, json: { courses: JsonCourse[] }): FileFailure[] {
  const failures: FileFailure[] = [];
  const rows = parse(csvText, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
  const expected = json.courses.flatMap((course): { course: JsonCourse; run: JsonRun | undefined }[] =>
    course.presentations.length === 0
      ? [{ course, run: undefined }]
      : course.presentations.map((run) => ({ course, run })),
  );
  if (rows.length !== expected.length)
    failures.push({
      rule: "one row per run, or per course without runs",
      where: `${rows.length} rows, ${expected.length} records`,
    });
  expected.forEach(({ course, run }, index) => {
    const row = rows[index];
    if (!row) return;
    for (const [columnName, valueOf] of Object.entries(CARRIED)) {
      if (!(columnName in row)) {
        failures.push({ rule: `column ${columnName} missing`, where: "header" });
        continue;
      }
      if (row[columnName] !== valueOf(course, run))
        failures.push({ rule: `${columnName} differs from the JSON`, where: `${course.id}/${run?.id ?? "-"}` });
    }
  });
  return failures;
}

/** The calendar downloads (data: links of type text/calendar) on a built page, decoded. */
export function calendarsOnPage(html: string): string[] {
  return [...html.matchAll(/href="data:text\/calendar[^",]*,([^"]*)"/g)].map((match) => {
    const data = match[1]!.replace(/&amp;/g, "&");
    return /;base64$/.test(match[0].split(",")[0]!)
      ? Buffer.from(data, "base64").toString("utf8")
      : decodeURIComponent(data);
  });
}

/**
 * A calendar ical.js can parse, whose every event falls on or after the as-of date (a past run has
 * no place in it), and none at all for a withdrawn course.
 */
export function checkCalendar(ics: string, asOf: string, withdrawn: boolean, where: string): FileFailure[] {
  if (withdrawn) return [{ rule: "a withdrawn course offers a calendar", where }];
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(ics));
  } catch (error) {
    return [{ rule: "ical.js cannot parse the calendar", where: `${where}: ${String(error)}` }];
  }
  const failures: FileFailure[] = [];
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  if (events.length === 0) failures.push({ rule: "a calendar with no events", where });
  for (const event of events) {
    const day = event.startDate.toString().slice(0, 10);
    if (day < asOf)
      failures.push({ rule: "an event before the as-of date", where: `${where}: ${event.summary} ${day}` });
    if (!event.uid) failures.push({ rule: "an event without a UID", where });
  }
  return failures;
}
