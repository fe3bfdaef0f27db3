import { checkCourse, type CourseRuleContext } from "../../domain/rules/index.ts";
import type { Course, Provider } from "../../domain/schema/index.ts";
import type { FileFinding } from "./check-file.ts";
import { fieldName } from "./finding.ts";
import type { ParsedFile } from "./front-matter.ts";

/** A course read from its file: valid fields, the names of fields that are not, and its folder. */
export interface ReadCourse {
  /** Where its fields are written (all the rules need of the parsed file). */
  readonly parsed: Pick<ParsedFile, "locator">;
  readonly data: Course;
  readonly invalidFields: ReadonlySet<string>;
  /** Fields of groups and list items the schema refused, such as `presentations[0].start` (salvage.ts). */
  readonly invalidPaths?: ReadonlySet<string>;
  /** The provider folder the file sits in (courses/<folder>/<id>.md). */
  readonly folder: string;
}

/** What a course is checked against beyond its own file. */
export interface CatalogueContext {
  /** Providers whose files are valid, by id. */
  readonly providers: ReadonlyMap<string, Provider>;
  /** Every provider id that has a file, valid or not. */
  readonly providerIds: ReadonlySet<string>;
  /** Date to judge review dates against, YYYY-MM-DD. */
  readonly asOf: string;
  /** Where a postcode is, for the venue checks; the Node validator passes the place data's lookup. */
  readonly placeOfPostcode?: CourseRuleContext["placeOfPostcode"] | undefined;
}

/**
 * Problems that show only against the rest of the catalogue: the file's folder,
 * references to providers, and every cross-field rule. The validator and the
 * "List your course" form both call this, so a draft gets the validator's own messages.
 */
export function courseContextFindings(course: ReadCourse, catalogue: CatalogueContext): FileFinding[] {
  const findings: FileFinding[] = [];
  const at = (fieldPath: readonly (string | number)[], anchor?: readonly (string | number)[]) =>
    course.parsed.locator.locate(fieldPath, anchor);
  if (!course.invalidFields.has("provider") && course.folder !== course.data.provider) {
    findings.push({
      ...at(["provider"]),
      field: "provider",
      severity: "error",
      message: `The course is in the folder "${course.folder}" but names the provider "${course.data.provider}"`,
      fix: `Move the file to content/courses/${course.data.provider}/, or correct provider:`,
    });
  }
  for (const finding of checkCourse({ course: course.data, ...catalogue }, course.invalidFields)) {
    const field = fieldName(finding.path);
    // A field the schema refused is reported once, by the schema, not again as missing.
    if (course.invalidPaths?.has(field) || course.invalidFields.has(field)) continue;
    findings.push({
      ...at(finding.path, finding.anchor),
      field,
      severity: finding.severity,
      message: finding.message,
      fix: finding.fix,
    });
  }
  return findings;
}
