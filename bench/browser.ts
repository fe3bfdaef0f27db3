/**
 * Times searches in headless Chromium the way a user meets them: words typed
 * into the search box and filter boxes ticked on the real page, timed until
 * the results heading and list have been redrawn (the page sets both together).
 * Bytes are counted by the bench's own server (see serve.ts).
 *
 * Modes:
 * - "type" (cold): a fresh browser profile loads the search page, waits until
 *   it is idle (its results drawn, and no request for a moment), then the
 *   query is made; the first query a visitor makes. For words, the visitor
 *   first turns to the words box, which loads the search engine (Pagefind and
 *   every shard's page list), and types once it has.
 * - "next" (warm): one loaded page makes query after query.
 * - "link" (cold): a fresh profile opens a link with the query in it; timed
 *   from navigation start. The only fair mode for the baseline, which must
 *   download everything before it can answer anything.
 */
import { chromium, type Browser, type Page } from "@playwright/test";
import { performance } from "node:perf_hooks";
import { queryString, type BenchQuery } from "./queries.ts";
import type { Traffic, TrafficSnapshot } from "./serve.ts";
import { chromiumArgs } from "../tests/e2e/chromium-path.mjs";

/**
 * One timed query. Bytes on the wire (`sent`, gzip where the server used it)
 * and raw: for the query itself after the page was idle, or for everything
 * in "link" mode. `searchSent`/`searchRaw` count only the search index's files,
 * and in "type" mode include those the page fetched while loading (browse-all)
 * and, for words, as the visitor turned to the words box (the engine and its
 * warm-up), so they are all the search bytes the first query cost.
 */
export interface Sample extends TrafficSnapshot {
  readonly query: string;
  readonly ms: number;
}

export interface PageLoad extends TrafficSnapshot {
  /** Navigation start to the first results drawn (the page's own browse-all, or the linked query). */
  readonly ms: number;
}

export async function launch(executablePath = "/usr/bin/chromium"): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** Records each redraw of the results heading with its time, from the moment the page starts. */
const RECORD_RENDERS = `
window.__renders = [];
document.addEventListener("DOMContentLoaded", () => {
  const heading = document.getElementById("results-heading");
  new MutationObserver(() => window.__renders.push({ t: performance.now(), text: heading.textContent }))
    .observe(heading, { childList: true, characterData: true, subtree: true });
});`;

const needleOf = (query: BenchQuery) => (query.term ? `“${query.term}”` : "");

async function waitForRender(page: Page, after: number, needle: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    ([since, text]) =>
      (window as unknown as { __renders: { t: number; text: string }[] }).__renders.find(
        (render) => render.t > since && (text === "" || render.text.includes(text)),
      )?.t,
    [after, needle] as const,
    { timeout, polling: 5 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the server has had no request for `quietMs`. */
async function settle(traffic: Traffic, quietMs = 300): Promise<void> {
  const start = performance.now();
  while (performance.now() - Math.max(traffic.lastRequestAt, start) < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Types a term (one input event, as a paste or autofill gives; the page waits 200 ms after typing stops). */
const typeTerm = (page: Page, term: string) =>
  page.evaluate((text) => {
    const input = document.getElementById("search-term") as HTMLInputElement;
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    return t0;
  }, term);

const setBox = (page: Page, key: string, value: string, checked: boolean) =>
  page.evaluate(
    ([filterKey, filterValue, on]) => {
      const box = document.querySelector<HTMLInputElement>(`input[data-filter="${filterKey}"][value="${filterValue}"]`);
      if (!box) throw new Error(`No filter box ${filterKey}=${filterValue}`);
      if (box.checked === on) return -1;
      const t0 = performance.now();
      box.click();
      return t0;
    },
    [key, value, checked] as const,
  );

/**
 * Makes `query` on a loaded, idle page: ticks its filters one by one (each
 * settles, as a user looks before ticking the next), then types its term.
 * Returns the time of the last action to its results.
 */
async function makeQuery(page: Page, traffic: Traffic, query: BenchQuery): Promise<number> {
  const filters = query.filters ?? [];
  let last = { t0: -1, needle: "" };
  for (const [index, [key, value]] of filters.entries()) {
    const t0 = await setBox(page, key, value, true);
    if (index < filters.length - 1 || query.term) {
      await waitForRender(page, t0, "");
      await settle(traffic, 150);
    } else last = { t0, needle: "" };
  }
  if (query.term) last = { t0: await typeTerm(page, query.term), needle: needleOf(query) };
  if (last.t0 < 0) throw new Error(`Query "${query.name}" makes no change`);
  return (await waitForRender(page, last.t0, last.needle)) - last.t0;
}

/** Clears the term and every filter in `query`, so the next query starts from browse-all. */
async function reset(page: Page, traffic: Traffic, query: BenchQuery | undefined): Promise<void> {
  for (const [key, value] of query?.filters ?? []) {
    const t0 = await setBox(page, key, value, false);
    if (t0 >= 0) await waitForRender(page, t0, "");
  }
  if (query?.term) await waitForRender(page, await typeTerm(page, ""), "");
  await settle(traffic, 150);
}

async function loadIdle(page: Page, traffic: Traffic, url: string): Promise<PageLoad> {
  traffic.reset();
  await page.goto(url);
  const ms = await waitForRender(page, 0, "");
  await settle(traffic);
  return { ms, ...traffic.snapshot() };
}

/** Turns to the words box, as a visitor about to type does, and waits until the search engine has loaded. */
async function turnToWords(page: Page, traffic: Traffic): Promise<TrafficSnapshot> {
  traffic.reset();
  await page.focus("#search-term");
  await page.waitForSelector('[data-engine="ready"]', { state: "attached", timeout: 60_000 });
  await settle(traffic);
  return traffic.snapshot();
}

/** Cold "type" mode: each query in a fresh profile on a freshly loaded, idle page. */
export async function coldTyped(
  browser: Browser,
  traffic: Traffic,
  pageUrl: string,
  queries: readonly BenchQuery[],
): Promise<{ loads: PageLoad[]; samples: Sample[] }> {
  const loads: PageLoad[] = [];
  const samples: Sample[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(RECORD_RENDERS);
    const load = await loadIdle(page, traffic, pageUrl);
    loads.push(load);
    // Browse-all is what the page shows as it loads: that is the page load, not a typed query.
    if (query.kind !== "browse") {
      const warm = query.term ? await turnToWords(page, traffic) : undefined;
      traffic.reset();
      const ms = await makeQuery(page, traffic, query);
      await settle(traffic, 150);
      const used = traffic.snapshot();
      samples.push({
        query: query.name,
        ms,
        ...used,
        searchSent: used.searchSent + load.searchSent + (warm?.searchSent ?? 0),
        searchRaw: used.searchRaw + load.searchRaw + (warm?.searchRaw ?? 0),
      });
    }
    await context.close();
  }
  return { loads, samples };
}

/** Warm "next" mode: one page, query after query, back to browse-all between them. */
export async function warmNext(
  browser: Browser,
  traffic: Traffic,
  pageUrl: string,
  queries: readonly BenchQuery[],
): Promise<Sample[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(RECORD_RENDERS);
  await loadIdle(page, traffic, pageUrl);
  await turnToWords(page, traffic);
  const samples: Sample[] = [];
  for (const query of queries) {
    if (query.kind === "browse") {
      // Browse-all as a next query: clear a term that is showing.
      const shown = { name: "(set-up)", kind: "term", term: "care" } as const;
      await makeQuery(page, traffic, shown);
      await settle(traffic, 150);
      traffic.reset();
      const t0 = await typeTerm(page, "");
      const ms = (await waitForRender(page, t0, "")) - t0;
      samples.push({ query: query.name, ms, ...traffic.snapshot() });
      continue;
    }
    traffic.reset();
    const ms = await makeQuery(page, traffic, query);
    await settle(traffic, 150);
    samples.push({ query: query.name, ms, ...traffic.snapshot() });
    await reset(page, traffic, query);
  }
  await context.close();
  return samples;
}

/** Cold "link" mode: a fresh profile opens the query's link; timed from navigation start to its results. */
export async function coldLinked(
  browser: Browser,
  traffic: Traffic,
  pageUrl: string,
  queries: readonly BenchQuery[],
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(RECORD_RENDERS);
    traffic.reset();
    await page.goto(`${pageUrl}${queryString(query)}`);
    const ms = await waitForRender(page, 0, needleOf(query), 120_000);
    await settle(traffic);
    samples.push({ query: query.name, ms, ...traffic.snapshot() });
    await context.close();
  }
  return samples;
}
