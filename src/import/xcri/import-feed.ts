import path from "node:path";
import type { Element } from "@xmldom/xmldom";
import { childrenNamed, childText, textOf } from "./elements.ts";
import { EarlierIds, earlierImports } from "./earlier-imports.ts";
import { BODY_KEY } from "./entry-file.ts";
import { idFromUrl, slugify } from "./ids.ts";
import { FEED_LIMITS } from "./limits.ts";
import { mapCourse, type CourseContext } from "./map-course.ts";
import { mapProvider } from "./map-provider.ts";
import { NS } from "./namespaces.ts";
import { readFeed } from "./read-feed.ts";
import { summarise, type EntryReport, type ImportReport } from "./report.ts";
import { writeEntry } from "./write-entry.ts";
import { outOfScope, type ImportScope } from "../scope.ts";
import { subjectWordsAndCodes } from "./subjects.ts";

export interface ImportOptions {
  /** Folder holding providers/ and courses/, usually content/. */
  readonly outDir: string;
  /** Work out and report everything, write nothing. */
  readonly dryRun: boolean;
  /** How the feed is named in the report. */
  readonly feedName: string;
  /** Which courses to bring in (by subject or title); none means all. */
  readonly scope?: ImportScope | undefined;
}

/** The feed identifier an entry's provenance records: its first dc:identifier, else its title. */
const sourceOf = (element: Element, title: string) => (childText(element, NS.dc, "identifier") ?? title).slice(0, 300);

const skipped = (title: string, source: string, reason: string): EntryReport => ({
  title,
  source,
  outcome: "skipped",
  reason,
  unmapped: [],
  todos: [],
  keptEdits: [],
  conflicts: [],
});

interface FeedContext {
  readonly options: ImportOptions;
  readonly courses: EntryReport[];
  readonly noLongerInFeed: string[];
}

/**
 * Imports an XCRI-CAP 1.2 feed into provider and course entries, merging
 * with entries a previous import wrote, and accounts for every course in the
 * feed: imported, refused or skipped, each with what could not be mapped.
 */
export async function importFeed(bytes: Uint8Array, options: ImportOptions): Promise<ImportReport> {
  const catalog = readFeed(bytes);
  const providers: EntryReport[] = [];
  const context: FeedContext = { options, courses: [], noLongerInFeed: [] };
  const providerIds = new EarlierIds(await earlierImports(path.join(options.outDir, "providers")));
  for (const providerElement of childrenNamed(catalog, NS.catalog, "provider")) {
    const name = childText(providerElement, NS.dc, "title");
    if (!name || !slugify(name)) {
      providers.push(skipped("(no title)", sourceOf(providerElement, "(no title)"), "the provider has no dc:title"));
      for (const course of childrenNamed(providerElement, NS.catalog, "course")) {
        const title = childText(course, NS.dc, "title") ?? "(no title)";
        context.courses.push(skipped(title, sourceOf(course, title), "its provider has no dc:title to name it by"));
      }
      continue;
    }
    const source = sourceOf(providerElement, name);
    const providerId = providerIds.idFor(source, slugify(name));
    const provider = mapProvider(providerElement, providerId);
    const file = `providers/${providerId}.md`;
    const fields = { ...provider.fields, [BODY_KEY]: provider.body };
    const written = await writeEntry(options.outDir, { relativePath: file, source, fields }, options.dryRun);
    providers.push({ title: name, source, file, ...provider.notes, ...written });
    await importCourses(
      providerElement,
      { providerId, contact: provider.contact, location: provider.location },
      context,
    );
  }
  const { courses, noLongerInFeed } = context;
  return {
    feed: options.feedName,
    dryRun: options.dryRun,
    summary: summarise(providers, courses),
    providers,
    courses,
    noLongerInFeed,
  };
}

/** Imports one provider's courses into its folder. */
async function importCourses(providerElement: Element, courseContext: CourseContext, context: FeedContext) {
  const { options, courses } = context;
  const folder = `courses/${courseContext.providerId}`;
  const ids = new EarlierIds(await earlierImports(path.join(options.outDir, folder)));
  for (const element of childrenNamed(providerElement, NS.catalog, "course")) {
    const title = childText(element, NS.dc, "title");
    const source = sourceOf(element, title ?? "");
    if (!title || !slugify(title)) {
      courses.push(skipped("(no title)", source || textOf(element).slice(0, 80), "the course has no dc:title"));
      continue;
    }
    const reason =
      options.scope &&
      outOfScope(options.scope, { title, subjects: subjectWordsAndCodes(childrenNamed(element, NS.dc, "subject")) });
    if (reason) {
      courses.push(skipped(title, source, reason));
      continue;
    }
    if (courses.length >= FEED_LIMITS.maxCourses) {
      courses.push(
        skipped(title, source, `the importer takes at most ${FEED_LIMITS.maxCourses} courses from one feed`),
      );
      continue;
    }
    // A page address ending in an id names the course best; else its title, then title and code.
    const code = /^https?:/i.test(source) ? "" : slugify(source);
    const id = ids.idFor(source, idFromUrl(source) ?? "", slugify(title), code && slugify(`${title}-${code}`));
    const course = mapCourse(element, courseContext);
    const file = `${folder}/${id}.md`;
    const fields = { id, ...course.fields, [BODY_KEY]: course.body };
    const result = await writeEntry(options.outDir, { relativePath: file, source, fields }, options.dryRun);
    courses.push({ title, source, file, unmapped: course.notes.unmapped, todos: course.notes.todos, ...result });
  }
  for (const id of ids.unclaimed()) context.noLongerInFeed.push(`${folder}/${id}.md`);
}
