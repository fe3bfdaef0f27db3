import { attendanceModes, attendanceModesWithoutVenue, termById } from "../vocabularies/index.ts";
import { error, warning, type CourseRule, type RuleFinding } from "./types.ts";

/** Each run has a start (or is on demand), sensible dates, somewhere to attend, and its own id. */
export const presentationsAreCoherent: CourseRule = ({ course }) => {
  const findings: RuleFinding[] = [];
  const seenIds = new Set<string>();
  course.presentations.forEach((run, index) => {
    const at = (...field: string[]) => ["presentations", index, ...field];
    if (seenIds.has(run.id)) {
      findings.push(
        error(
          at("id"),
          `Another run of this course already has the id "${run.id}"`,
          "Give each run its own id, such as 2027-spring and 2027-autumn",
        ),
      );
    }
    seenIds.add(run.id);
    const onDemand = run.flexibleStart === true;
    if (run.start === undefined && !onDemand) {
      findings.push(
        error(
          at("start"),
          "A run needs a start date, or flexibleStart: true if learners can start at any time",
          "Add start: YYYY-MM-DD, or flexibleStart: true",
        ),
      );
    }
    if (run.start !== undefined && onDemand) {
      findings.push(
        error(
          at("flexibleStart"),
          "A run cannot have both a start date and flexibleStart: true",
          "Remove one of start: or flexibleStart:",
        ),
      );
    }
    if (run.start && run.end && run.end < run.start) {
      findings.push(
        error(at("end"), `The run ends (${run.end}) before it starts (${run.start})`, "Check the start and end dates"),
      );
    }
    if (run.start && run.applyBy && run.applyBy > run.start) {
      findings.push(
        warning(
          at("applyBy"),
          `The closing date to apply (${run.applyBy}) is after the run starts (${run.start})`,
          "Check applyBy; it is usually before the start date",
        ),
      );
    }
    const needsVenue = !attendanceModesWithoutVenue.includes(run.attendanceMode);
    if (needsVenue && !run.venue && !run.online) {
      const mode = termById(attendanceModes, run.attendanceMode).label.toLowerCase();
      findings.push(
        error(
          at("venue"),
          `A run held ${mode} needs a venue, or online: true`,
          "Add venue: { name, town, postcode, region }, or online: true for a run held online",
        ),
      );
    }
    if (run.attendanceMode === "online" && run.online === false) {
      findings.push(
        error(
          at("online"),
          "An online run cannot say online: false",
          "Set online: true, or choose another attendanceMode",
        ),
      );
    }
  });
  return findings;
};
