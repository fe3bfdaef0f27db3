import { isIsoDate, todayIso } from "../domain/dates.ts";

/**
 * The date the site is built "as of": today, or CATALOGUE_AS_OF for
 * reproducible builds and tests. Past runs and lapsed ratings are judged by it.
 */
export function buildAsOf(): string {
  const fromEnvironment = process.env.CATALOGUE_AS_OF;
  if (fromEnvironment === undefined || fromEnvironment === "") return todayIso();
  if (!isIsoDate(fromEnvironment)) {
    throw new Error(`CATALOGUE_AS_OF must be a date written YYYY-MM-DD, not "${fromEnvironment}"`);
  }
  return fromEnvironment;
}
