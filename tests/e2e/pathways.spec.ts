import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe.ts";
import { sampleCatalogue } from "./catalogue.ts";

/**
 * Pathways to awards ("step on, step off"): a course page says which award it counts toward and links
 * to the pathway's page, which lists every course on it with what the award still needs, and links
 * back. Walked without JavaScript on a 320 px phone, and checked with axe.
 */
test.describe.configure({ timeout: 90_000 });

const { courses, pathways } = await sampleCatalogue();
const pathway = pathways.find(({ data }) => data.id === "pg-cert-integrated-practice")!.data;
const courseTitle = (id: string) => courses.find(({ data }) => data.id === id)!.data.title;
const firstStep = pathway.steps[0]!;

test("a course page links to its pathway, which lists its courses and what is still needed, and back, without JavaScript at 320px", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 740 } });
  const page = await context.newPage();
  await page.goto(`/courses/${firstStep.course}/`);
  const countsToward = page.locator("dt", { hasText: "Counts toward" }).locator("xpath=following-sibling::dd[1]");
  await expect(countsToward).toContainText(
    `${pathway.title} (${firstStep.credits} of ${pathway.award.value} CATS credits)`,
  );
  await countsToward.getByRole("link", { name: pathway.title }).click();

  await expect(page).toHaveURL(new RegExp(`/pathways/${pathway.id}/$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pathway.title);
  await expect(page.getByText(`${pathway.award.value} CATS credits at level ${pathway.award.level}`)).toBeVisible();
  const rows = page.getByRole("table", { name: /Courses on this pathway/ }).locator("tbody tr");
  await expect(rows).toHaveCount(pathway.steps.length);
  // Required courses first; the first row's running total is its own credits, and what is still needed follows.
  const required = pathway.steps.find((step) => step.required)!;
  const first = rows.first();
  await expect(first.locator("th")).toContainText(courseTitle(required.course));
  await expect(first.locator('[data-label="Required or optional"]')).toHaveText("Required");
  await expect(first.locator('[data-label="Running total"]')).toHaveText(String(required.credits));
  await expect(first.locator('[data-label="Still needed after it"]')).toHaveText(
    String(pathway.award.value - required.credits),
  );
  await expect(page.getByRole("heading", { name: "Stepping on and off" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await rows
    .first()
    .getByRole("link", { name: courseTitle(required.course) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/courses/${required.course}/$`));
  await expect(page.getByRole("link", { name: pathway.title })).toBeVisible();
  await context.close();
});

test("the list of pathways links to each, and the register, calculator and footer link to the list", async ({
  page,
}) => {
  await page.goto("/pathways/");
  for (const { data } of pathways) {
    await expect(page.getByRole("link", { name: data.title, exact: true })).toHaveAttribute(
      "href",
      `/pathways/${data.id}/`,
    );
  }
  for (const url of ["/credit-ratings/", "/credit-calculator/", "/"]) {
    await page.goto(url);
    await expect(page.locator('a[href="/pathways/"]').first(), url).toBeVisible();
  }
  // The register says which award a rated course counts toward.
  await page.goto("/credit-ratings/");
  await expect(page.getByRole("columnheader", { name: "Counts toward" })).toBeAttached();
  await expect(page.locator("td[data-label='Counts toward'] .register-pathway").first()).toContainText(
    "of 60 CATS credits",
  );
});

for (const url of ["/pathways/", `/pathways/${pathway.id}/`, `/courses/${firstStep.course}/`]) {
  for (const width of [1280, 320]) {
    test(`${url} meets WCAG 2.2 AA at ${width}px wide, and does not scroll sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}
