import { courseSchema, type Course } from "../../domain/schema/index.ts";
import type { BodyLinter } from "./body-lint.ts";
import { checkEntryText, type EntryContext, type FileFinding } from "./check-file.ts";
import { courseContextFindings, type CatalogueContext } from "./course-context.ts";
import { salvageFields } from "./salvage.ts";
import { checkFileSize } from "./unsafe-text.ts";

/** Where a draft entry would be saved. */
export interface DraftPlace extends EntryContext {
  /** For a course, the provider folder it would be saved in. */
  readonly folder?: string;
}

/**
 * Checks one entry that is not yet in the catalogue (from `npm run new:course` or the
 * "List your course" form) exactly as `npm run validate` would check it once saved:
 * the file on its own, then a course against the providers the catalogue has.
 */
export async function checkDraft(
  text: string,
  place: DraftPlace,
  catalogue: CatalogueContext,
  lint: BodyLinter,
): Promise<FileFinding[]> {
  // The validator refuses an oversized file before reading it; a draft is held to the same limit.
  const tooLarge = checkFileSize(new TextEncoder().encode(text).byteLength);
  if (tooLarge) return [{ ...tooLarge, field: "", severity: "error" }];
  const { findings, parsed, checked } = await checkEntryText(text, place, lint);
  if (place.collection !== "courses" || !parsed || !checked) return findings;
  const salvaged = checked.success
    ? { data: checked.data as Course, invalidFields: new Set<string>() }
    : salvageFields<Course>(courseSchema, parsed.data);
  return [...findings, ...courseContextFindings({ parsed, folder: place.folder ?? "", ...salvaged }, catalogue)];
}
