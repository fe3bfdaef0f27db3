/** Today's date in UTC as YYYY-MM-DD, the form every date in the catalogue takes. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  // Date rolls 30 February over into March, so the round trip must give the same text.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
