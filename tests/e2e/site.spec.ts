import path from "node:path";
import { expect, test } from "@playwright/test";
import { findBrokenLinks } from "../../src/build-checks/links.ts";
import { findStraySpaces } from "../../src/build-checks/punctuation.ts";
import { recordBlanks } from "../../src/exports/cpd-record.ts";
import { todayIso } from "../../src/domain/dates.ts";
import { currentRuns } from "../../src/domain/runs.ts";
import { sampleCatalogue } from "./catalogue.ts";

const distDir = path.resolve(import.meta.dirname, "../../dist");

/** The site-relative paths listed in the sitemap. */
async function sitemapPaths(request: import("@playwright/test").APIRequestContext): Promise<string[]> {
  const index = await (await request.get("/sitemap-index.xml")).text();
  const paths: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await request.get(new URL(sitemap!).pathname)).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc!).pathname);
  }
  return paths;
}

test("every URL in the sitemap returns 200, and every course has exactly one", async ({ request }) => {
  test.setTimeout(120_000);
  const paths = await sitemapPaths(request);
  for (const sitePath of paths) expect((await request.get(sitePath)).status(), sitePath).toBe(200);
  const { courses } = await sampleCatalogue();
  const coursePaths = paths.filter((sitePath) => /^\/courses\/[^/]+\/$/.test(sitePath)).sort();
  expect(coursePaths).toEqual(courses.map(({ data }) => `/courses/${data.id}/`).sort());
});

test("a course that does not exist gets the 404 page", async ({ page }) => {
  const response = await page.goto("/courses/no-such-course/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("every internal link and fragment in the built site resolves", async () => {
  expect(await findBrokenLinks(distDir)).toEqual([]);
});

test("no built page has a space before a comma, full stop, semicolon, colon or closing bracket", async () => {
  // Such spaces appear when a formatter wraps a line between an inline element and the punctuation after it.
  expect(await findStraySpaces(distDir)).toEqual([]);
});

test("course pages carry JSON-LD that parses and lists the upcoming runs", async ({ page }) => {
  const { courses } = await sampleCatalogue();
  const asOf = todayIso();
  const withRuns = courses.filter(({ data }) => currentRuns(data, asOf).length > 0).slice(0, 5);
  expect(withRuns.length).toBeGreaterThan(0);
  for (const { data } of withRuns) {
    await page.goto(`/courses/${data.id}/`);
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(json["@type"]).toBe("Course");
    expect(json.name).toBe(data.title);
    const starts = json.hasCourseInstance.map((instance: { startDate?: string }) => instance.startDate ?? null);
    expect(starts).toEqual(currentRuns(data, asOf).map((run) => run.start ?? null));
  }
});

test("listing pages carry an ItemList of exactly the courses they show", async ({ page }) => {
  for (const url of ["/courses/", "/themes/communication/", "/professions/social-worker/"]) {
    await page.goto(url);
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    const shown = await page.locator(".course-list .course-title a").allTextContents();
    expect(json["@type"], url).toBe("ItemList");
    expect(json.itemListElement.map((item: { name: string }) => item.name).sort(), url).toEqual(
      [...new Set(shown)].sort(),
    );
  }
});

test("a course prints as a summary without the site's navigation, mostly on one A4 page", async ({ page }) => {
  test.setTimeout(180_000);
  const { courses } = await sampleCatalogue();
  await page.goto(`/courses/${courses[0]!.data.id}/`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByText("Full details: ")).toBeVisible();

  const pageCounts: number[] = [];
  for (const { data } of courses) {
    await page.goto(`/courses/${data.id}/`);
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    pageCounts.push((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length);
  }
  expect(Math.max(...pageCounts)).toBeLessThanOrEqual(2);
  expect(pageCounts.filter((count) => count === 1).length / pageCounts.length).toBeGreaterThanOrEqual(0.9);
});

test("a course page prints as a CPD record with room to reflect when opened at its CPD record", async ({ page }) => {
  const { courses } = await sampleCatalogue();
  await page.emulateMedia({ media: "print" });
  await page.goto(`/courses/${courses[0]!.data.id}/`);
  await expect(page.getByRole("heading", { name: "Your CPD record" })).toBeHidden();
  await page.goto(`/courses/${courses[0]!.data.id}/#cpd-record`);
  await expect(page.getByRole("heading", { name: "Your CPD record" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reflection" })).toBeVisible();
  await expect(page.locator(".reflection .write-here").first()).toBeVisible();
  // Opened at the record, the page prints the record alone, as its Print CPD record button does.
  await expect(page.getByRole("heading", { name: "Who it is for" })).toBeHidden();
  // In print the headings keep their order of size: no h3 larger than an h2.
  const sizes = async (selector: string) =>
    page
      .locator(`article ${selector}`)
      .evaluateAll((headings) =>
        headings
          .filter((heading) => heading.getClientRects().length > 0)
          .map((heading) => parseFloat(getComputedStyle(heading).fontSize)),
      );
  const h2 = await sizes("h2");
  const h3 = await sizes("h3");
  expect(h3.length).toBeGreaterThan(0);
  expect(Math.max(...h3)).toBeLessThan(Math.min(...h2));
});

test("Print CPD record prints the record alone, with blanks to fill in and each question kept whole", async ({
  page,
}) => {
  const { courses } = await sampleCatalogue();
  const { data } = courses.find(({ data }) => data.frameworkAlignment.length > 0) ?? courses[0]!;
  // Printing opens a dialog: note how the page was marked when it was asked to print instead.
  await page.addInitScript(() => {
    const marks: string[] = [];
    Object.assign(window, { printMarks: marks, print: () => marks.push(document.documentElement.className) });
  });
  await page.goto(`/courses/${data.id}/`);
  await expect(page.locator("#cpd-print-help")).toBeHidden();
  await page.getByRole("button", { name: "Print CPD record" }).click();
  const marks = await page.evaluate(() => (window as unknown as { printMarks: string[] }).printMarks);
  expect(marks).toHaveLength(1);
  expect(marks[0]!.split(" ")).toContain("print-record");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(data.title);
  await expect(page.getByRole("heading", { name: "Your CPD record" })).toBeVisible();
  for (const name of ["Who it is for", "Dates and how to apply", "What you will learn", "Contact"]) {
    await expect(page.getByRole("heading", { name, exact: true })).toBeHidden();
  }
  for (const blank of recordBlanks) {
    await expect(page.locator(".record-fill dt", { hasText: blank })).toBeVisible();
    const room = await page.locator(".record-fill dt", { hasText: blank }).locator("+ dd").boundingBox();
    expect(room!.height, blank).toBeGreaterThan(15);
  }
  expect(await page.locator(".print-columns").evaluate((element) => getComputedStyle(element).columnCount)).toBe(
    "auto",
  );
  for (const breakInside of await page
    .locator(".reflection li")
    .evaluateAll((items) => items.map((item) => getComputedStyle(item).breakInside))) {
    expect(breakInside).toBe("avoid");
  }
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(2);

  // Once printed, the page prints as its summary again.
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect(page.getByRole("heading", { name: "Who it is for" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your CPD record" })).toBeHidden();
});
