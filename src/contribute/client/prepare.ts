import type { Provider } from "../../domain/schema/index.ts";
import { lintInProcess } from "../../validator/core/body-lint.ts";
import { checkDraft } from "../../validator/core/check-draft.ts";
import type { FileFinding } from "../../validator/core/check-file.ts";
import { courseFileFromForm, type CourseFile } from "../course-form.ts";
import { entryFromForm, type FormValue } from "../form-entry.ts";

// gray-matter keeps a copy of the original text as a Node Buffer; a browser has none, and only the text is used.
(globalThis as { Buffer?: unknown }).Buffer ??= { from: (text: string) => new TextEncoder().encode(text) };

/**
 * Builds the course file from the form's values and checks it with the validator's own code.
 * Loaded only when someone starts filling in the form, since the checker is most of the page's code.
 */
export async function prepareCourse(
  values: readonly FormValue[],
  providers: ReadonlyMap<string, Provider>,
  today: string,
): Promise<{ file: CourseFile; findings: FileFinding[] }> {
  const file = courseFileFromForm(entryFromForm(values), today);
  const findings = await checkDraft(
    file.text,
    { collection: "courses", stem: file.id, folder: file.provider },
    { providers, providerIds: new Set(providers.keys()), asOf: today },
    lintInProcess,
  );
  return { file, findings };
}
