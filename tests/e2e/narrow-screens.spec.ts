import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { sampleCatalogue } from "./catalogue.ts";
import { coverageViews } from "../../src/domain/coverage-views.ts";
import { axeViolations, WCAG_22_AA } from "./axe.ts";

/**
 * Phones: no page scrolls sideways, and no table breaks a word to fit (issue 20 found "Cu/rr/en/t" and
 * theme names one letter a line). A table either scrolls in its own frame or stacks its rows.
 */
const { courses, providers } = await sampleCatalogue();
const active = courses.filter(({ data }) => data.status === "active");
const emailLength = (contact: { email?: string | undefined }) => contact.email?.length ?? 0;
// The longest email addresses, the hardest to fit at 320 px; a course with runs, so its dates table shows.
const course = active
  .filter(({ data }) => data.presentations.length > 0)
  .sort((a, b) => emailLength(b.data.contact) - emailLength(a.data.contact))[0]!;
const provider = [...providers].sort((a, b) => emailLength(b.data.contact) - emailLength(a.data.contact))[0]!;
const ratingUniversity = providers.find(({ data }) => data.type === "hei")!;

const pages = [
  "/",
  "/search/",
  `/courses/${course.data.id}/`,
  `/providers/${provider.data.id}/`,
  "/coverage/",
  "/credit-ratings/",
  `/credit-ratings/${ratingUniversity.data.id}/`,
  "/themes/",
  "/themes/communication/",
  "/credit-calculator/",
  "/pathways/",
  "/pathways/pg-cert-integrated-practice/",
  "/glossary/",
  "/feeds/",
  "/list-your-course/",
];

/** What is wrong with the page's width and its tables' words, in words; an empty list when nothing is. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.scrollWidth;
    if (width > window.innerWidth) problems.push(`the page is ${width}px wide and scrolls sideways`);
    // A word: letters and digits, with an apostrophe inside. A line may break at a hyphen or a space, never inside.
    const word = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
    for (const cell of document.querySelectorAll<HTMLElement>("th, td")) {
      const style = getComputedStyle(cell);
      if (["anywhere", "break-word"].includes(style.overflowWrap) || /break-(all|word)/.test(style.wordBreak))
        problems.push(
          `a ${cell.localName} may break words (overflow-wrap: ${style.overflowWrap}; word-break: ${style.wordBreak})`,
        );
      if (cell.getClientRects().length === 0) continue;
      if (cell.scrollWidth > cell.clientWidth + 1)
        problems.push(`"${cell.innerText.trim().slice(0, 40)}" spills out of its ${cell.localName}`);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(".visually-hidden")) continue;
        for (const match of node.textContent!.matchAll(word)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1)
            problems.push(`"${match[0]}" is broken across ${lines.size} lines in a ${cell.localName}`);
        }
      }
    }
    return [...new Set(problems)];
  });
}

for (const width of [320, 375]) {
  for (const url of pages) {
    test(`${url} at ${width}px: nothing scrolls sideways and no table breaks a word`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(url);
      expect(await layoutProblems(page)).toEqual([]);
    });
  }
}

test("wide tables scroll in a labelled, focusable region that says when columns are cut off", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/coverage/");
  const frame = page.locator("[data-table-scroll]").first();
  const region = frame.getByRole("region", { name: /^Themes by profession group: number of courses for each theme/ });
  await expect(region).toHaveAttribute("tabindex", "0");
  // 11 profession groups do not fit 1280 px: the hint shows and the right edge is shaded.
  await expect(frame).toHaveAttribute("data-cut-right", "true");
  await expect(frame.getByText("Scroll sideways to see all 11 columns")).toBeVisible();
  await region.focus();
  await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  await expect(frame).toHaveAttribute("data-cut-right", "false");
  await expect(frame).toHaveAttribute("data-cut-left", "true");
  // A table that fits says nothing about scrolling.
  const fits = page.locator("[data-table-scroll]").nth(1);
  await expect(fits).toHaveAttribute("data-overflow", "false");
  await expect(fits.locator(".table-scroll-hint")).toBeHidden();
  // …nor stops the keyboard on it.
  await expect(fits.getByRole("region")).not.toHaveAttribute("tabindex");
});

test("course pages and provider pages fit long contact email addresses at 320px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  for (const url of [`/courses/${course.data.id}/`, `/providers/${provider.data.id}/`]) {
    await page.goto(url);
    const email = page.locator('a[href^="mailto:"]').first();
    await expect(email, url).toBeVisible();
    const box = (await email.boundingBox())!;
    expect(box.x + box.width, url).toBeLessThanOrEqual(320);
  }
});

test("/coverage/ passes axe's best-practice rules as well as WCAG 2.2 AA (landmark-unique among them)", async ({
  page,
}) => {
  test.setTimeout(90_000);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/coverage/");
    expect(await axeViolations(page, ["best-practice", ...WCAG_22_AA]), `${width}px`).toEqual([]);
  }
});

test("coverage counts the courses the home page counts, gaps link nowhere, and a count's search has one chip per filter", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: `Browse all ${active.length} courses` })).toBeVisible();
  await page.goto("/coverage/");
  await expect(page.getByText(`Counts are of all ${active.length} courses in the catalogue`)).toBeVisible();
  await expect(page.locator("table.coverage td.gap").first()).toBeAttached();
  await expect(page.locator("table.coverage td.gap a")).toHaveCount(0);
  const href = (await page.locator("table.coverage td a").first().getAttribute("href"))!;
  // The row's value and the column's: nothing else (no start dates standing for "current").
  expect([...new URLSearchParams(href.split("?")[1]).keys()]).toHaveLength(2);
  await page.goto(href);
  await expect(page.locator(".filter-tag[data-filter]")).toHaveCount(2);
});

test("each coverage matrix downloads as CSV with the same counts as its table", async ({ page, request }) => {
  await page.goto("/coverage/");
  const links = page.getByRole("link", { name: /^Download .* as CSV$/ });
  await expect(links).toHaveCount(coverageViews.length);
  for (const [index, link] of (await links.all()).entries()) {
    const href = (await link.getAttribute("href"))!;
    const response = await request.get(href);
    expect(response.headers()["content-type"], href).toContain("text/csv");
    const rows = parse(await response.text(), { bom: true }) as string[][];
    const table = page.locator("table.coverage").nth(index);
    const shown = await table
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector("th")!.textContent!.trim(),
          ...[...tr.querySelectorAll("td")].map((td) =>
            td.classList.contains("gap") ? "0" : td.querySelector("a")!.firstChild!.textContent!.trim(),
          ),
        ]),
      );
    expect(rows.slice(1), href).toEqual(shown);
    const headings = await table.locator("thead th").allTextContents();
    expect(rows[0], href).toEqual(headings.map((text) => text.trim()));
  }
});
