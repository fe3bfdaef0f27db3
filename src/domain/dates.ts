/**
 * The one home of date arithmetic. Every date in the catalogue is a calendar day
 * written YYYY-MM-DD and read as midnight UTC, so no sum here depends on the
 * machine's time zone or on summer time. Other modules ask these functions
 * rather than doing their own sums (run timing, credit-rating reviews, calendars).
 */

const MS_PER_DAY = 86_400_000;

/** Midnight UTC on a YYYY-MM-DD date. */
export function utcMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** Today's date in UTC as YYYY-MM-DD, the form every date in the catalogue takes. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts) return false;
  // Counted rather than parsed with Date, which rolls 30 February over into March: every date of every
  // entry is checked, and a Date made and written back for each cost 2 s of validating 50,000 courses.
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month (1 to 12) of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date `days` days after (or, when negative, before) a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const date = utcMidnight(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return todayIso(date);
}

/** Whole days from one YYYY-MM-DD date to another: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / MS_PER_DAY);
}

/**
 * Whole calendar months from one date to another, counting a month only once its
 * day of the month is reached: 15 January to 14 April is 2, to 15 April is 3.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split("-").map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split("-").map(Number) as [number, number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) - (toDay < fromDay ? 1 : 0);
}

/** The same day `years` years later; 29 February rolls on to 1 March in a year without one. */
export function addYears(isoDate: string, years: number): string {
  const date = utcMidnight(isoDate);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return todayIso(date);
}
