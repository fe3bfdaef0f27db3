import type { CourseEntry } from "../catalogue/catalogue.ts";

const filled = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * The worked example for people who write the file by hand: the sample course that fills in
 * the most fields, with empty lists and defaults left out as a contributor would write it.
 */
export function templateCourse(courses: readonly CourseEntry[]): {
  frontMatter: Record<string, unknown>;
  body: string;
} {
  const [richest] = [...courses]
    .filter(({ course }) => course.status === "active")
    .sort(
      (a, b) =>
        Object.values(b.course).filter(filled).length - Object.values(a.course).filter(filled).length ||
        a.course.id.localeCompare(b.course.id),
    );
  if (!richest) throw new Error("The catalogue has no active course to use as the example");
  const frontMatter = Object.fromEntries(Object.entries(richest.course).filter(([, value]) => filled(value)));
  return { frontMatter, body: richest.body };
}
