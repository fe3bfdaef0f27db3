import { z } from "zod";
import { attendanceModes, attendancePatterns, studyModes } from "../vocabularies/index.ts";
import { costSchema } from "./cost.ts";
import { calendarDate, entryId, httpsUrl, plainText } from "./primitives.ts";
import { sessionSchema } from "./session.ts";
import { venueSchema } from "./venue.ts";
import { oneOf } from "./vocabulary-fields.ts";

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
