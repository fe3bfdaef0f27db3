/**
 * Runs one query through the real search page and reads the ranked course
 * ids it shows. Shared by `npm run bench:relevance` and the relevance test
 * (tests/e2e/relevance.spec.ts), so the two cannot disagree on what the site
 * returned.
 */
import type { Page } from "@playwright/test";
import { CUTOFF } from "./relevance-metrics.ts";

/** What the search page showed for a query. */
export interface PageResults {
  /** How many courses the results heading says match. */
  readonly total: number;
  /** Course ids in the order listed, as deep as was asked for (or as many as there are). */
  readonly ids: readonly string[];
}

/** The course id in a result link: the site links results to `<base>courses/<id>/`. */
export function courseIdOf(href: string): string | undefined {
  return /\/courses\/([^/?#]+)\/?(?:[?#].*)?$/.exec(href)?.[1];
}

/** The search page's address for `query` under `base` (a URL or path ending in "/", e.g. "/" or "http://…/"). */
export function searchUrl(base: string, query: string): string {
  return `${base}search/?${new URLSearchParams({ q: query }).toString()}`;
}

/**
 * Waits until the page has settled on the results of `term`, as the search
 * tests do: the heading shows "N course(s)" (N may be 0: "No courses match"),
 * the list says it holds the results of the term (`data-term`; the heading names
 * the words searched, which differ when a misspelt word was corrected), so an
 * earlier list cannot be mistaken for it, and the list is complete
 * (`aria-busy="false"`). Returns N.
 */
async function settled(page: Page, term: string, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    (words) => {
      const heading = document.getElementById("results-heading")?.textContent?.replace(/\s+/g, " ").trim() ?? "";
      const count = /^(\d+) course/.exec(heading);
      const list = document.getElementById("results");
      const complete = list?.getAttribute("aria-busy") === "false";
      const ofTerm = list?.dataset.term?.replace(/\s+/g, " ").trim() === words;
      // An object, not the number: 0 courses is an answer, and waitForFunction waits while the value is falsy.
      return count && complete && ofTerm ? { total: Number(count[1]) } : false;
    },
    term.replace(/\s+/g, " ").trim(),
    { timeout, polling: 50 },
  );
  return ((await handle.jsonValue()) as { total: number }).total;
}

/** The course ids of the results listed, in order (each result's first link to a course page). */
const listedIds = (page: Page) =>
  page.$$eval("#results > li", (items) =>
    items.map((item) =>
      [...item.querySelectorAll("a")].map((link) => link.href).find((href) => /\/courses\/[^/?#]+\/?$/.test(href)),
    ),
  );

/**
 * Opens the search page with `query` in its link (`/search/?q=…`), waits for
 * its results, and returns the ranked course ids: the first ten the page
 * draws, then "Show more" until `depth` results or the end.
 */
export async function searchOnPage(
  page: Page,
  base: string,
  query: string,
  options: { depth?: number; timeout?: number } = {},
): Promise<PageResults> {
  const depth = options.depth ?? CUTOFF;
  const timeout = options.timeout ?? 30_000;
  await page.goto(searchUrl(base, query));
  const total = await settled(page, query, timeout);
  let hrefs = await listedIds(page);
  const more = page.locator("#show-more");
  while (hrefs.length < Math.min(depth, total) && (await more.isVisible())) {
    const before = hrefs.length;
    await more.click();
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll("#results > li").length > count &&
        document.getElementById("results")?.getAttribute("aria-busy") === "false",
      before,
      { timeout, polling: 50 },
    );
    hrefs = await listedIds(page);
  }
  const ids = hrefs.slice(0, depth).map((href, index) => {
    const id = href === undefined ? undefined : courseIdOf(href);
    if (!id) throw new Error(`Result ${index + 1} for "${query}" has no link to a course page`);
    return id;
  });
  return { total, ids };
}
