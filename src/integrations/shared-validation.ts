import type { ValidationResult } from "../validator/validate-catalogue.ts";

/**
 * Pages are bundled apart from the integration but run in the same process,
 * so the validated catalogue is handed over on a global rather than read and
 * parsed a second time (Astro's content layer did that, and at 10,000 courses
 * it cost more than the checks themselves).
 */
const KEY = Symbol.for("nw-course-finder.validated-catalogue");
type Holder = { [KEY]?: ValidationResult };

/** Makes a validated catalogue the one pages are built from. */
export function shareValidation(validation: ValidationResult): void {
  (globalThis as Holder)[KEY] = validation;
}

/** The catalogue the catalogue-guard integration validated for this build or dev server. */
export function sharedValidation(): ValidationResult {
  const validation = (globalThis as Holder)[KEY];
  if (!validation) {
    throw new Error(
      "The catalogue has not been checked: pages read it from the catalogue-guard integration in astro.config.mjs, which must run first",
    );
  }
  return validation;
}
