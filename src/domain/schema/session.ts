import { z } from "zod";
import { calendarDate, timeOfDay } from "./primitives.ts";

/**
 * A day a run meets, such as a study day, workshop or evening class, with its times (UK time)
 * if they are set. Calendars show a session without times as an all-day event.
 */
export const sessionSchema = z.strictObject({
  /** Day of the session (YYYY-MM-DD), on or after the run's start and on or before its end. */
  date: calendarDate,
  /** Start time in the UK, such as "09:30". Leave out for a day without set times. */
  start: timeOfDay.optional(),
  /** Finish time in the UK, such as "16:00"; needs a start time. */
  end: timeOfDay.optional(),
});

export type Session = z.output<typeof sessionSchema>;
