import { sessionOrderKey } from "../runs.ts";
import type { Session } from "../schema/index.ts";
import { error, warning, type CourseRule, type RuleFinding } from "./types.ts";

/** "on 2027-03-02", or "on 2027-03-02 at 09:30" when the session has a start time. */
const when = (session: Session) => `on ${session.date}${session.start ? ` at ${session.start}` : ""}`;

/** A key that orders sessions by day, then by start time, a session without times first. */

/**
 * A run's sessions fall within it, once each, with times that make sense (errors), listed in
 * date order (a warning: calendars sort them anyway). Calendars are built from them, so a
 * slip here puts a study day on the wrong day.
 */
export const sessionsFitTheirRun: CourseRule = ({ course }) => {
  const findings: RuleFinding[] = [];
  course.presentations.forEach((run, runIndex) => {
    const sessions = run.sessions ?? [];
    if (sessions.length === 0) return;
    const at = (...field: (string | number)[]) => ["presentations", runIndex, "sessions", ...field];
    if (run.flexibleStart) {
      findings.push(
        error(
          at(),
          "A run learners can start at any time (flexibleStart: true) has no set days, so it cannot list sessions",
          "Remove sessions:, or give the run a start: date instead of flexibleStart: true",
        ),
      );
      return;
    }
    const seen = new Map<string, number>();
    sessions.forEach((session, index) => {
      const number = index + 1;
      if (run.start !== undefined && session.date < run.start) {
        findings.push(
          error(
            at(index, "date"),
            `Session ${number} is on ${session.date}, before the run starts (${run.start})`,
            "Check the session's date, or move the run's start: to the day of its first session",
          ),
        );
      }
      if (run.start !== undefined && run.end !== undefined && session.date > run.end) {
        findings.push(
          error(
            at(index, "date"),
            `Session ${number} is on ${session.date}, after the run ends (${run.end})`,
            "Check the session's date, or move the run's end: to the day of its last session",
          ),
        );
      }
      if (run.start !== undefined && run.end === undefined && session.date > run.start) {
        findings.push(
          error(
            at(index, "date"),
            `Session ${number} is on ${session.date}, but the run has no end date, so it lasts one day (${run.start})`,
            "Add end: with the day of the last session",
          ),
        );
      }
      if (session.end !== undefined && session.start === undefined) {
        findings.push(
          error(
            at(index, "end"),
            `Session ${number} has an end time (${session.end}) but no start time`,
            "Add start: with the time it begins, such as 09:30, or remove end: if the day has no set times",
          ),
        );
      }
      if (session.start !== undefined && session.end !== undefined && session.end <= session.start) {
        findings.push(
          error(
            at(index, "end"),
            `Session ${number} ends (${session.end}) before or when it starts (${session.start})`,
            "Check the times, on the 24-hour clock: half past one in the afternoon is 13:30",
          ),
        );
      }
      const key = sessionOrderKey(session);
      const repeated = seen.get(key);
      if (repeated !== undefined) {
        findings.push(
          error(
            at(index),
            `Session ${number} repeats session ${repeated} (${when(session)})`,
            "Remove the repeated session, or correct its date or start time",
          ),
        );
      } else {
        seen.set(key, number);
      }
      const previous = sessions[index - 1];
      if (previous && session.date < previous.date) {
        findings.push(
          warning(
            at(index, "date"),
            `Session ${number} (${session.date}) is listed after a later one (session ${number - 1}, ${previous.date})`,
            "List the sessions in date order, earliest first, so they are easy to check",
          ),
        );
      }
    });
  });
  return findings;
};
