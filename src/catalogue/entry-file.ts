import yaml from "js-yaml";
import { addYears } from "../domain/dates.ts";

/**
 * An entry file's text: YAML front matter between `---` lines (after any `header` comment
 * lines), then the Markdown description. Every tool that writes entries (the
 * scaffolds, the List your course form, the XCRI-CAP importer) writes them here. js-yaml 4
 * is what the validator reads with, so every value reads back as written: it
 * quotes "2027-01-01" rather than let it turn into a date. Long text stays on one line, so
 * a re-written file differs from the last only where a value changed.
 */
export function entryMarkdown(frontMatter: Record<string, unknown>, body: string, header?: string): string {
  const yamlText = yaml.dump(frontMatter, { lineWidth: -1, noRefs: true });
  return `---\n${header ? `${header}\n` : ""}${yamlText}---\n${body.trim()}\n`;
}

/** Where an entry lives in the repository: providers/<id>.md or courses/<provider>/<id>.md under content/. */
export function entryPath(entry: { id: string; provider?: string }): string {
  return entry.provider ? `content/courses/${entry.provider}/${entry.id}.md` : `content/providers/${entry.id}.md`;
}

/** An id made from a title: "Safeguarding Adults: Level 3" → "safeguarding-adults-level-3". */
export function idFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** The date a year after `date` (YYYY-MM-DD): when a new entry must next be checked. */
export function aYearAfter(date: string): string {
  return addYears(date, 1);
}
