import { attendanceModes, attendanceModesWithoutVenue, termById } from "../vocabularies/index.ts";
import { presentationWording as words } from "../schema/presentation.ts";
import { error, type CourseRule, type RuleFinding } from "./types.ts";

/** Each run has a start (or is on demand), sensible dates, somewhere to attend, and its own id. */
export const presentationsAreCoherent: CourseRule = ({ course }) => {
  const findings: RuleFinding[] = [];
  const seenIds = new Set<string>();
  // It copes without a valid list (it needs no valid list: see courseRules): the valid runs of a broken list are checked, and a
  // list that is not a list at all, reported by the schema, leaves none.
  (course.presentations ?? []).forEach((run, index) => {
    const at = (...field: string[]) => ["presentations", index, ...field];
    if (seenIds.has(run.id)) {
      findings.push(
        error(
          at("id"),
          words.id.rules.repeated,
          `Give each run its own id: "${run.id}" is used twice. Ids such as 2027-spring and 2027-autumn work well`,
        ),
      );
    }
    seenIds.add(run.id);
    const onDemand = run.flexibleStart === true;
    if (run.start === undefined && !onDemand) {
      findings.push(
        error(
          at("start"),
          words.start.rules.missing,
          "Add start: YYYY-MM-DD, or flexibleStart: true if learners can start at any time",
        ),
      );
    }
    if (run.start !== undefined && onDemand) {
      findings.push(
        error(at("flexibleStart"), words.flexibleStart.rules.withStart, "Remove one of start: or flexibleStart: true"),
      );
    }
    if (run.start && run.end && run.end < run.start) {
      findings.push(
        error(
          at("end"),
          words.end.rules.beforeStart,
          `Check the start and end dates: the run ends on ${run.end} but starts on ${run.start}`,
        ),
      );
    }
    if (run.start && run.applyBy && run.applyBy > run.start) {
      findings.push(
        error(
          at("applyBy"),
          words.applyBy.rules.afterStart,
          `Check applyBy: it is ${run.applyBy}, after the run starts on ${run.start}`,
        ),
      );
    }
    // A run salvaged from a half-filled form may have no attendance mode yet; that is reported on its own.
    if (run.attendanceMode === undefined) return;
    const needsVenue = !attendanceModesWithoutVenue.includes(run.attendanceMode);
    if (needsVenue && !run.venue && !run.online) {
      const mode = termById(attendanceModes, run.attendanceMode).label.toLowerCase();
      findings.push(
        error(
          at("venue"),
          words.venue.rules.needed,
          `A run held ${mode} needs one: add venue: { name, town, postcode, region }, or online: true for a run held online`,
        ),
      );
    }
    if (run.attendanceMode === "online" && run.online === false) {
      findings.push(
        error(
          at("online"),
          words.attendanceMode.rules.onlineSaysNotOnline,
          "Set online: true, or choose another attendanceMode",
        ),
      );
    }
  });
  return findings;
};
