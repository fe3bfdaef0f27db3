import { registerRows, type RegisterRow } from "../domain/rating-register.ts";
import type { Provider } from "../domain/schema/index.ts";
import { catalogue } from "./catalogue.ts";

/** The register's rows for this build, and the universities that appear in it. */
export async function registerData(): Promise<{ rows: RegisterRow[]; universities: Provider[] }> {
  const { all, providers, asOf } = await catalogue();
  const rows = registerRows(all, providers, asOf);
  const universities = [
    ...new Map(rows.flatMap((row) => (row.ratingBody ? [[row.ratingBody.id, row.ratingBody]] : []))).values(),
  ].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return { rows, universities };
}
