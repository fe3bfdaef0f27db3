import { isIsoDate, todayIso } from "../domain/dates.ts";

/**
 * The date the catalogue is judged "as of": today, or CATALOGUE_AS_OF for
 * reproducible builds and tests. Past runs and lapsed ratings are judged by it.
 * The integration asks once per check of the content folder and hands the date
 * on with the catalogue; nothing else reads the environment for it.
 */
export function catalogueAsOf(environment: NodeJS.ProcessEnv = process.env): string {
  const fromEnvironment = environment.CATALOGUE_AS_OF;
  if (fromEnvironment === undefined || fromEnvironment === "") return todayIso();
  if (!isIsoDate(fromEnvironment)) {
    throw new Error(`CATALOGUE_AS_OF must be a date written YYYY-MM-DD, not "${fromEnvironment}"`);
  }
  return fromEnvironment;
}
