import path from "node:path";
import { todayIso } from "../../src/domain/dates.ts";
import { validateCatalogue } from "../../src/validator/validate-catalogue.ts";

/** The sample catalogue as the build reads it, so tests compare pages with the content itself. */
export async function sampleCatalogue() {
  const projectRoot = path.resolve(import.meta.dirname, "../..");
  return validateCatalogue({ projectRoot, contentDir: path.join(projectRoot, "content"), asOf: todayIso() });
}
