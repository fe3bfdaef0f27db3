import type { Conflict } from "./merge.ts";
import type { Unmapped } from "./notes.ts";
import type { WriteOutcome } from "./write-entry.ts";

/** What became of one provider or course in the feed. */
export interface EntryReport {
  /** The course's title or provider's name, as the feed gives it. */
  readonly title: string;
  /** Its identifier in the feed (dc:identifier), or its title when it has none. */
  readonly source: string;
  /** The file under the output folder, when there is one. */
  readonly file?: string;
  /** "skipped" when the feed entry could not become an entry at all. */
  readonly outcome: WriteOutcome | "skipped";
  /** Why it was skipped or refused. */
  readonly reason?: string;
  /** Feed elements that were not carried over, with why. */
  readonly unmapped: readonly Unmapped[];
  /** Fields written as TODOs for the provider to complete. */
  readonly todos: readonly string[];
  /** Fields kept as edited by hand on re-import. */
  readonly keptEdits: readonly string[];
  /** Fields edited by hand and changed in the feed: the hand edit was kept. */
  readonly conflicts: readonly Conflict[];
}

export interface ImportSummary {
  /** Courses in the feed; each is imported (created, updated or unchanged), refused or skipped. */
  readonly courses: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly refused: number;
  readonly skipped: number;
  /** Courses with at least one conflict. */
  readonly withConflicts: number;
  /** Count of unmapped elements by element name, positions left out ("presentation/studyMode"). */
  readonly unmappedByElement: Record<string, number>;
  /** Count of TODOs by field, positions left out ("presentations.venue.region"). */
  readonly todosByField: Record<string, number>;
}

export interface ImportReport {
  readonly feed: string;
  readonly dryRun: boolean;
  readonly summary: ImportSummary;
  readonly providers: readonly EntryReport[];
  readonly courses: readonly EntryReport[];
  /** Files an earlier import of this provider wrote for courses the feed no longer has; left as they are. */
  readonly noLongerInFeed: readonly string[];
}

const countBy = (keys: readonly string[]) => {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
};

/** An element or field path without positions, so counts group alike things. */
const withoutPositions = (name: string) => name.replace(/\[\d+\]/g, "");

/** Totals over the courses (and provider notes, for unmapped and TODO counts). */
export function summarise(providers: readonly EntryReport[], courses: readonly EntryReport[]): ImportSummary {
  const outcomes = countBy(courses.map((course) => course.outcome));
  const all = [...providers, ...courses];
  return {
    courses: courses.length,
    created: outcomes.created ?? 0,
    updated: outcomes.updated ?? 0,
    unchanged: outcomes.unchanged ?? 0,
    refused: outcomes.refused ?? 0,
    skipped: outcomes.skipped ?? 0,
    withConflicts: courses.filter((course) => course.conflicts.length > 0).length,
    unmappedByElement: countBy(all.flatMap((entry) => entry.unmapped.map((item) => withoutPositions(item.element)))),
    todosByField: countBy(all.flatMap((entry) => entry.todos.map(withoutPositions))),
  };
}
