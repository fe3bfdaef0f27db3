import { z } from "zod";
import { attendanceModes, attendancePatterns, studyModes } from "../vocabularies/index.ts";
import { costSchema } from "./cost.ts";
import { calendarDate, entryId, httpsUrl, plainText } from "./primitives.ts";
import { sessionSchema } from "./session.ts";
import { venueSchema } from "./venue.ts";
import { oneOf } from "./vocabulary-fields.ts";
import type { Wordings } from "./field-wording.ts";

/**
 * One run (XCRI-CAP "presentation") of a course: when, where, how and at what
 * cost. Give either `start` or `flexibleStart: true`, and either a `venue` or
 * `online: true` (blended runs may have both).
 */
export const presentationSchema = z.strictObject({
  /** Id of this run, unique within the course, such as "2027-spring". */
  id: entryId,
  /** First day of the run (YYYY-MM-DD). Leave out for on-demand courses and set flexibleStart. */
  start: calendarDate.optional(),
  /** True when learners can start at any time, such as self-study or e-learning. */
  flexibleStart: z.boolean().optional(),
  /** Last day of the run (YYYY-MM-DD), on or after start. */
  end: calendarDate.optional(),
  /** Last day to apply (YYYY-MM-DD). */
  applyBy: calendarDate.optional(),
  /** Full time, part time and so on (XCRI-CAP studyMode). */
  studyMode: oneOf(studyModes),
  /** Where the learning happens (XCRI-CAP attendanceMode). */
  attendanceMode: oneOf(attendanceModes),
  /** When attendance is needed (XCRI-CAP attendancePattern). */
  attendancePattern: oneOf(attendancePatterns),
  /** Plain description of the timetable, such as "Six Wednesdays, 9:30 to 4:00". */
  schedule: plainText(200).optional(),
  /** The days the run meets, in date order; calendars show each one. Leave out for on-demand runs. */
  sessions: z.array(sessionSchema).min(1, "List at least one session, or leave sessions out").optional(),
  /** Where in-person sessions take place. */
  venue: venueSchema.optional(),
  /** True when some or all of the run is online. */
  online: z.boolean().optional(),
  /** Fee for this run. */
  cost: costSchema,
  /** How the fee can be funded, such as "Fundable from the CPD budget; ask your education lead". */
  fundingNote: plainText(300).optional(),
  /** Number of places on this run. */
  places: z.number().int("Expected a whole number of places").positive("Places must be 1 or more").optional(),
  /** Web page where a learner applies or books for this run. */
  applyUrl: httpsUrl.optional(),
  /** What release from work or protected learning time the run needs or offers. */
  releaseNote: plainText(300).optional(),
});

export type Presentation = z.output<typeof presentationSchema>;

/** How a run's fields are put to people: the form's labels and hints, and every message about them. */
export const presentationWording = {
  id: {
    label: "Short name for this run",
    invalid: "The short name of a run must use only lowercase letters, numbers and hyphens, like 2027-spring",
    rules: { repeated: "Another run of this course has the same short name" },
  },
  start: {
    label: "Start date",
    hint: "For example, 12 5 2027",
    invalid: "The start date must be a real date",
    rules: { missing: "Enter the start date, or say that learners can start at any time" },
  },
  flexibleStart: {
    label: "Learners can start at any time",
    hint: "Such as e-learning or self-study with no set start date.",
    rules: { withStart: "A run cannot have a start date and also let learners start at any time" },
  },
  end: {
    label: "End date (optional)",
    hint: "The last day of the run. For example, 30 6 2027",
    invalid: "The end date must be a real date",
    rules: { beforeStart: "The end date must be on or after the start date" },
  },
  applyBy: {
    label: "Closing date for applications (optional)",
    hint: "For example, 1 4 2027",
    invalid: "The closing date for applications must be a real date",
    rules: { afterStart: "The closing date for applications must be on or before the start date" },
  },
  studyMode: {
    label: "Study mode",
    hint: "Full time, part time or flexible.",
    missing: "Select the study mode",
  },
  attendanceMode: {
    label: "Where learners attend",
    missing: "Select where learners attend",
    rules: { onlineSaysNotOnline: "An online run must say that some or all of it is online" },
  },
  attendancePattern: {
    label: "When learners attend",
    missing: "Select when learners attend",
  },
  schedule: {
    label: "Timetable (optional)",
    hint: "Such as “Six Wednesdays, 9:30 to 4:00”.",
    tooLong: "The timetable must be {max} characters or fewer",
  },
  sessions: { label: "Sessions" },
  venue: {
    label: "Venue",
    rules: { needed: "Enter the venue, or say that some or all of the run is online" },
  },
  online: {
    label: "Some or all of it is online",
    hint: "Tick this for online and blended runs.",
  },
  cost: {
    label: "Cost",
    missing: "Enter the cost of this run, or 0 if it is free",
  },
  fundingNote: {
    label: "How the cost can be funded (optional)",
    hint: "Such as “Fundable from the CPD budget; ask your education lead”.",
    tooLong: "How the cost can be funded must be {max} characters or fewer",
  },
  places: {
    label: "Number of places (optional)",
    invalid: "The number of places must be a whole number, 1 or more",
  },
  applyUrl: {
    label: "Where to apply (optional)",
    hint: "The web page where learners apply or book, starting https://",
    invalid: "Enter the web address where learners apply, starting https://",
  },
  releaseNote: {
    label: "Release from work (optional)",
    hint: "What protected learning time the run needs or offers.",
    tooLong: "Release from work must be {max} characters or fewer",
  },
} as const satisfies Wordings<keyof typeof presentationSchema.shape>;
