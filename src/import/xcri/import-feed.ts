import path from "node:path";
import type { Element } from "@xmldom/xmldom";
import { childrenNamed, childText, textOf } from "./elements.ts";
import { earlierImports } from "./earlier-imports.ts";
import { BODY_KEY } from "./entry-file.ts";
import { IdAllocator, idFromUrl, slugify } from "./ids.ts";
import { FEED_LIMITS } from "./limits.ts";
import { mapCourse } from "./map-course.ts";
import { mapProvider } from "./map-provider.ts";
import { NS } from "./namespaces.ts";
import { readFeed } from "./read-feed.ts";
import { summarise, type EntryReport, type ImportReport } from "./report.ts";
import { writeEntry } from "./write-entry.ts";

export interface ImportOptions {
  /** Folder holding providers/ and courses/, usually content/. */
  readonly outDir: string;
  /** Work out and report everything, write nothing. */
  readonly dryRun: boolean;
  /** How the feed is named in the report. */
  readonly feedName: string;
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

/**
 * Imports an XCRI-CAP 1.2 feed into provider and course entries, merging
 * with entries a previous import wrote, and accounts for every course in the
 * feed: imported, refused or skipped, each with what could not be mapped.
 */
export async function importFeed(bytes: Uint8Array, options: ImportOptions): Promise<ImportReport> {
  const catalog = readFeed(bytes);
  const providers: EntryReport[] = [];
  const courses: EntryReport[] = [];
  // As for courses below: a provider an earlier import wrote is found by its feed identifier.
  const earlierProviders = await earlierImports(path.join(options.outDir, "providers"));
  const providerIds = new IdAllocator();
  for (const id of earlierProviders.values()) providerIds.reserve(id);
  const noLongerInFeed: string[] = [];
  for (const providerElement of childrenNamed(catalog, NS.catalog, "provider")) {
    const name = childText(providerElement, NS.dc, "title");
    const courseElements = childrenNamed(providerElement, NS.catalog, "course");
    if (!name || !slugify(name)) {
      const reason = "its provider has no dc:title to name it by";
      providers.push(skipped("(no title)", sourceOf(providerElement, "(no title)"), "the provider has no dc:title"));
      for (const course of courseElements)
        courses.push(skipped(childText(course, NS.dc, "title") ?? "(no title)", sourceOf(course, ""), reason));
      continue;
    }
    const providerSource = sourceOf(providerElement, name);
    const providerId = earlierProviders.get(providerSource) ?? providerIds.allocate(slugify(name));
    earlierProviders.delete(providerSource);
    const provider = mapProvider(providerElement, providerId);
    const providerFile = `providers/${providerId}.md`;
    const written = await writeEntry(
      options.outDir,
      { relativePath: providerFile, source: providerSource, fields: { ...provider.fields, [BODY_KEY]: provider.body } },
      options.dryRun,
    );
    providers.push({ title: name, source: providerSource, file: providerFile, ...provider.notes, ...written });

    // Courses an earlier import wrote keep their ids; new ones may not take those ids.
    const earlier = await earlierImports(path.join(options.outDir, "courses", providerId));
    const courseIds = new IdAllocator();
    const seenSources = new Set<string>();
    for (const id of earlier.values()) courseIds.reserve(id);
    for (const courseElement of courseElements) {
      const title = childText(courseElement, NS.dc, "title");
      const source = sourceOf(courseElement, title ?? "");
      if (!title || !slugify(title)) {
        courses.push(skipped("(no title)", source || textOf(courseElement).slice(0, 80), "the course has no dc:title"));
        continue;
      }
      if (courses.length >= FEED_LIMITS.maxCourses) {
        courses.push(
          skipped(title, source, `the importer takes at most ${FEED_LIMITS.maxCourses} courses from one feed`),
        );
        continue;
      }
      const identifierSlug = /^https?:/i.test(source) ? "" : slugify(source);
      const earlierId = seenSources.has(source) ? undefined : earlier.get(source);
      seenSources.add(source);
      const id =
        earlierId ??
        courseIds.allocate(
          idFromUrl(source) ?? "",
          slugify(title),
          identifierSlug && slugify(`${title}-${identifierSlug}`),
        );
      const course = mapCourse(courseElement, { providerId, contact: provider.contact, location: provider.location });
      const file = `courses/${providerId}/${id}.md`;
      const result = await writeEntry(
        options.outDir,
        { relativePath: file, source, fields: { id, ...course.fields, [BODY_KEY]: course.body } },
        options.dryRun,
      );
      courses.push({ title, source, file, unmapped: course.notes.unmapped, todos: course.notes.todos, ...result });
    }
    for (const [source, id] of earlier) {
      if (!seenSources.has(source)) noLongerInFeed.push(`courses/${providerId}/${id}.md`);
    }
  }
  return {
    feed: options.feedName,
    dryRun: options.dryRun,
    summary: summarise(providers, courses),
    providers,
    courses,
    noLongerInFeed,
  };
}
