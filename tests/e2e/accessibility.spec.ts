import { expect, test } from "@playwright/test";
import { creditStatuses } from "../../src/domain/vocabularies/index.ts";
import { sampleCatalogue } from "./catalogue.ts";
import { axeViolations } from "./axe.ts";

/** WCAG 2.2 AA, the standard public-sector sites must meet. */
// axe needs longer than Playwright's default on long pages, such as the List your course form, on two busy cores.
test.describe.configure({ timeout: 90_000 });

/** Pages of every type; read at load time so each gets its own test (axe takes a few seconds a page). */
const catalogue = await sampleCatalogue();

function pagesToCheck(): string[] {
  const { courses, providers } = catalogue;
  // One course of each credit status, since each renders different badges and sections.
  const coursePages = creditStatuses.flatMap((status) => {
    const course = courses.find(({ data }) => data.creditStatus === status.id);
    return course ? [`/courses/${course.data.id}/`] : [];
  });
  const withdrawn = courses.find(({ data }) => data.status === "withdrawn");
  const urls = [
    "/",
    "/404.html",
    "/courses/",
    "/providers/",
    `/providers/${providers[0]!.data.id}/`,
    "/themes/",
    "/themes/communication/",
    "/professions/social-worker/",
    "/glossary/",
    "/about/",
    "/feeds/",
    "/list-your-course/",
    "/accessibility/",
    "/search/",
    "/credit-ratings/",
    "/credit-ratings/status/pending/",
    "/credit-calculator/",
    "/pathways/",
    "/coverage/",
    ...coursePages,
  ];
  if (withdrawn) urls.push(`/courses/${withdrawn.data.id}/`);
  return [...new Set(urls)];
}

for (const url of pagesToCheck()) {
  for (const width of [1280, 320]) {
    test(`${url} meets WCAG 2.2 AA at ${width}px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
