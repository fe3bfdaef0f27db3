import type { PathwayPlace } from "../domain/pathways.ts";
import { registerRows, type RegisterRow } from "../domain/rating-register.ts";
import type { Provider } from "../domain/schema/index.ts";
import { checkedCatalogue } from "../catalogue/hand-off.ts";

/** The register's rows for this build, the universities that appear in it, and the pathways its courses count toward. */
export async function registerData(): Promise<{
  rows: RegisterRow[];
  universities: Provider[];
  pathwaysOfCourse: ReadonlyMap<string, readonly PathwayPlace[]>;
}> {
  const { all, providers, asOf, pathwaysOfCourse } = checkedCatalogue();
  const rows = registerRows(all, providers, asOf);
  const universities = [
    ...new Map(rows.flatMap((row) => (row.ratingBody ? [[row.ratingBody.id, row.ratingBody]] : []))).values(),
  ].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return { rows, universities, pathwaysOfCourse };
}
