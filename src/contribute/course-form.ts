import { aYearAfter, entryMarkdown, entryPath, idFromTitle } from "../catalogue/entry-file.ts";

/** A course file built from the "List your course" form: where it goes and what it says. */
export interface CourseFile {
  readonly id: string;
  /** True when the id was made from the title rather than given. */
  readonly idMadeFromTitle: boolean;
  readonly provider: string;
  readonly path: string;
  readonly text: string;
}

/**
 * Completes what the form leaves to the site: the id (from the title unless given), an id for
 * the run, and the review dates (checked today, due again in a year). The description
 * becomes the Markdown body.
 */
export function courseFileFromForm(fields: Record<string, unknown>, today: string): CourseFile {
  const { body, id: givenId, ...frontMatter } = fields;
  const id = typeof givenId === "string" ? givenId : idFromTitle(String(frontMatter.title ?? ""));
  // Each run's id is made from its start date, numbered when two runs start the same day.
  const runIds = new Set<string>();
  const presentations = Array.isArray(frontMatter.presentations)
    ? frontMatter.presentations.map((run: Record<string, unknown>, index) => {
        const base =
          typeof run.start === "string" && /^\d{4}-\d{2}-\d{2}$/.test(run.start)
            ? `run-${run.start}`
            : `run-${index + 1}`;
        let runId = base;
        for (let n = 2; runIds.has(runId); n++) runId = `${base}-${n}`;
        runIds.add(runId);
        return { id: runId, ...run };
      })
    : undefined;
  const entry = {
    id,
    ...frontMatter,
    ...(presentations ? { presentations } : {}),
    lastReviewed: today,
    reviewDue: aYearAfter(today),
  };
  const provider = String(frontMatter.provider ?? "");
  return {
    id,
    idMadeFromTitle: typeof givenId !== "string",
    provider,
    path: entryPath({ id: id || "untitled", provider: provider || "your-provider-id" }),
    text: entryMarkdown(entry, typeof body === "string" ? body : ""),
  };
}
