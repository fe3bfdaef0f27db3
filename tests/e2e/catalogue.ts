import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { todayIso } from "../../src/domain/dates.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";

/** The sample catalogue as the build reads it, so tests compare pages with the content itself. */
export async function sampleCatalogue() {
  const projectRoot = path.resolve(import.meta.dirname, "../..");
  return validateCatalogue({ projectRoot, contentDir: path.join(projectRoot, "content"), asOf: todayIso() });
}

/**
 * A download a course page carries in itself as a data: link (its calendar,
 * its CPD record): the link's MIME type and decoded text, or undefined when
 * the page has no link that downloads as `fileName`.
 */
export async function courseDownload(
  request: APIRequestContext,
  courseId: string,
  fileName: string,
): Promise<{ type: string; text: string } | undefined> {
  const html = await (await request.get(`/courses/${courseId}/`)).text();
  const link = html.match(/<a\b[^>]*>/g)?.find((tag) => tag.includes(`download="${fileName}"`));
  if (!link) return undefined;
  const href = /\shref="([^"]*)"/
    .exec(link)![1]!
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  const comma = href.indexOf(",");
  if (!href.startsWith("data:") || comma < 0) throw new Error(`${courseId}: ${fileName} is not a data: link`);
  return { type: href.slice("data:".length, comma), text: decodeURIComponent(href.slice(comma + 1)) };
}
