import { phraseOf } from "../domain/words.ts";

/**
 * What a provider chooses to bring in from a feed or sheet that also holds courses outside
 * health and social care: courses with one of these subjects, and/or whose title matches a pattern.
 * No choice means everything comes in.
 */
export interface ImportScope {
  /** Subject codes or words; a course is in when one of its subjects is one, or contains it as words. */
  readonly subjects?: readonly string[];
  /** A course is in when its title matches (case ignored). */
  readonly titlePattern?: RegExp;
}

/** A scope from the command line's --subject (repeatable) and --title options; a bad pattern is explained. */
export function scopeFrom(options: {
  subject?: readonly string[] | undefined;
  title?: string | undefined;
}): ImportScope {
  let titlePattern: RegExp | undefined;
  if (options.title !== undefined) {
    try {
      titlePattern = new RegExp(options.title, "i");
    } catch (error) {
      throw new Error(`--title "${options.title}" is not a pattern the importer can use: ${(error as Error).message}`);
    }
  }
  const subjects = options.subject?.map((subject) => subject.trim()).filter(Boolean);
  return { ...(subjects?.length ? { subjects } : {}), ...(titlePattern ? { titlePattern } : {}) };
}

/** Whether a course subject is one the scope names: the same code, or containing its words. */
const subjectMatches = (wanted: string, subject: string) =>
  wanted.toLowerCase() === subject.toLowerCase() ||
  (phraseOf(wanted) !== "" && ` ${phraseOf(subject)} `.includes(` ${phraseOf(wanted)} `));

/** Why a course is outside the scope, in plain words; undefined when it is in. */
export function outOfScope(
  scope: ImportScope,
  course: { title: string; subjects: readonly string[] },
): string | undefined {
  if (scope.subjects) {
    const wanted = scope.subjects;
    if (!course.subjects.some((subject) => wanted.some((one) => subjectMatches(one, subject)))) {
      const its = course.subjects.length
        ? `its subjects (${course.subjects.slice(0, 5).join("; ")})`
        : "it has no subjects, so it";
      return `outside the chosen subjects: ${its} ${course.subjects.length ? "match" : "matches"} none of ${wanted.map((one) => `“${one}”`).join(", ")}`;
    }
  }
  if (scope.titlePattern && !scope.titlePattern.test(course.title))
    return `outside the chosen titles: the title does not match “${scope.titlePattern.source}”`;
  return undefined;
}

/** The scope in words, for a report. */
export function scopeText(scope: ImportScope): string | undefined {
  const parts = [
    ...(scope.subjects ? [`subjects ${scope.subjects.map((one) => `“${one}”`).join(", ")}`] : []),
    ...(scope.titlePattern ? [`titles matching “${scope.titlePattern.source}”`] : []),
  ];
  return parts.length ? parts.join(" and ") : undefined;
}
