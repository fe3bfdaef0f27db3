import { expect, test } from "@playwright/test";
import { sampleCatalogue } from "./catalogue.ts";
import { chromiumArgs, chromiumPath } from "./chromium-path.mjs";

// As a browser with JavaScript turned off. Playwright's own switch stops scripts but still parses
// <noscript> as if they ran, so Chromium's own setting is turned off too: then <noscript> content shows.
test.use({
  javaScriptEnabled: false,
  launchOptions: {
    ...(chromiumPath() ? { executablePath: chromiumPath()! } : {}),
    args: [...chromiumArgs, "--blink-settings=scriptEnabled=false"],
  },
});

test("a practitioner can browse from a theme to a course and its provider", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Role awareness" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Role awareness");
  const firstCourse = page.locator(".course-list .course-title a").first();
  const title = await firstCourse.textContent();
  await firstCourse.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
  await page.locator("article .caption a").click();
  await expect(page.locator(".course-list .course-title a", { hasText: title! })).toBeVisible();
});

test("a course page says how to print its CPD record, with no button that would do nothing", async ({ page }) => {
  const { courses } = await sampleCatalogue();
  await page.goto(`/courses/${courses[0]!.data.id}/`);
  await expect(page.getByRole("button", { name: "Print CPD record" })).toBeHidden();
  await expect(page.locator("#cpd-print-help")).toContainText("To print only this record");
  await page.locator("#cpd-print-help a").click();
  await expect(page).toHaveURL(/#cpd-record$/);
});

test("the search page explains that search needs JavaScript and offers browsing", async ({ page }) => {
  await page.goto("/search/?q=dementia");
  await expect(page.getByText("Searching needs JavaScript")).toBeVisible();
  await page.getByRole("link", { name: "By themes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Browse by themes");
});
