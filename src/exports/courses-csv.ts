import { stringify } from "csv-stringify/sync";
import { effectiveCreditStatus } from "../domain/credit-rating.ts";
import type { CatalogueCourse } from "../domain/facets.ts";
import type { Presentation } from "../domain/schema/index.ts";
import { headlineCredit } from "../domain/credits.ts";

const columns = [
  "course_id",
  "title",
  "provider_id",
  "provider",
  "provider_type",
  "status",
  "credit_status",
  "credit_scheme",
  "credit_level",
  "credit_value",
  "themes",
  "professions",
  "workforce_levels",
  "learner_mix",
  "service_user_involvement",
  "run_id",
  "start",
  "flexible_start",
  "end",
  "apply_by",
  "study_mode",
  "attendance_mode",
  "attendance_pattern",
  "venue",
  "town",
  "postcode",
  "region",
  "online",
  "cost_gbp",
  "places",
  "apply_url",
  "page",
] as const;

/**
 * The catalogue as CSV (RFC 4180, UTF-8 with a byte order mark): one row per
 * run, and one row for a course with no runs, so every run and every course
 * appears. Lists are joined with semicolons; values are vocabulary ids.
 */
export function coursesCsv(
  entries: readonly CatalogueCourse[],
  options: { asOf: string; page: (id: string) => string },
): string {
  const rows = entries.flatMap(({ course, provider }) => {
    const credit = headlineCredit(course);
    const shared = [
      course.id,
      course.title,
      provider.id,
      provider.name,
      provider.type,
      course.status,
      effectiveCreditStatus(course, options.asOf),
      credit?.scheme ?? "",
      credit?.level ?? "",
      credit?.value ?? "",
      course.themes.join(";"),
      course.professions.join(";"),
      course.workforceLevels.join(";"),
      course.learnerMix.join(";"),
      course.serviceUserInvolvement.modes.join(";"),
    ];
    const runRow = (run: Presentation | undefined) => [
      ...shared,
      run?.id ?? "",
      run?.start ?? "",
      run?.flexibleStart ? "yes" : "",
      run?.end ?? "",
      run?.applyBy ?? "",
      run?.studyMode ?? "",
      run?.attendanceMode ?? "",
      run?.attendancePattern ?? "",
      run?.venue?.name ?? "",
      run?.venue?.town ?? "",
      run?.venue?.postcode ?? "",
      run?.venue?.region ?? "",
      run?.online ? "yes" : "",
      run?.cost.amount ?? "",
      run?.places ?? "",
      run?.applyUrl ?? "",
      options.page(course.id),
    ];
    return course.presentations.length === 0 ? [runRow(undefined)] : course.presentations.map(runRow);
  });
  return stringify([[...columns], ...rows], { bom: true, record_delimiter: "windows" });
}
