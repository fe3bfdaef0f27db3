import type { Course, Provider } from "../schema/index.ts";
import type { RegionId } from "../vocabularies/index.ts";

/** Where a postcode is, as far as the venue checks need: its region, if it has one, and its post town. */
export interface PostcodeRegion {
  readonly region?: RegionId;
  readonly town?: string;
}

/** How serious a finding is: errors fail validation and the build; warnings are reported only. */
export type Severity = "error" | "warning";

/** A problem a rule found in one course, located by its path in the front matter. */
export interface RuleFinding {
  /** Path to the offending field, such as ["presentations", 0, "end"]. */
  readonly path: readonly (string | number)[];
  /**
   * Where to point when `path` is not written in the file (a missing field):
   * the field that made it necessary, such as creditStatus.
   */
  readonly anchor?: readonly (string | number)[];
  readonly severity: Severity;
  /** What is wrong, in plain English. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** What a course rule can see: the course, every provider, and the date to judge dates against. */
export interface CourseRuleContext {
  readonly course: Course;
  readonly providers: ReadonlyMap<string, Provider>;
  /**
   * Ids of every provider file, valid or not, so a broken provider is reported
   * once, in its own file, rather than again as a missing reference in each course.
   */
  readonly providerIds: ReadonlySet<string>;
  /** Today's date, or the `--as-of` date, as YYYY-MM-DD. */
  readonly asOf: string;
  /**
   * Where a postcode is (`placeOfPostcode` of domain/places/place-data.ts), undefined for one the
   * place data lacks. The validator passes it; without it (the List your course form, which must
   * stay small) the venue place checks are skipped.
   */
  readonly placeOfPostcode?: ((postcode: string) => PostcodeRegion | undefined) | undefined;
}

/** A cross-field rule over one course. */
export type CourseRule = (context: CourseRuleContext) => RuleFinding[];

export const error = (
  path: RuleFinding["path"],
  message: string,
  fix: string,
  anchor?: RuleFinding["anchor"],
): RuleFinding => ({
  path,
  severity: "error",
  message,
  fix,
  ...(anchor ? { anchor } : {}),
});

export const warning = (
  path: RuleFinding["path"],
  message: string,
  fix: string,
  anchor?: RuleFinding["anchor"],
): RuleFinding => ({
  path,
  severity: "warning",
  message,
  fix,
  ...(anchor ? { anchor } : {}),
});
