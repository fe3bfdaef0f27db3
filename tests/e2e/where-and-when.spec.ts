import { expect, test, type Page } from "@playwright/test";
import { todayIso } from "../../src/domain/dates.ts";
import { milesBetween } from "../../src/domain/places/distance.ts";
import { findPlace } from "../../src/domain/places/gazetteer.ts";
import { gazetteerFile, placeOfPostcode } from "../../src/domain/places/place-data.ts";
import { isOnlineRun, joinableRuns } from "../../src/domain/runs.ts";
import { PAGE } from "../../src/search/client/paging.ts";
import { sampleCatalogue } from "./catalogue.ts";
import { axeViolations } from "./axe.ts";

async function activeCourses() {
  const { courses } = await sampleCatalogue();
  return courses.filter(({ data }) => data.status === "active").map(({ data }) => data);
}

async function settled(page: Page, expected?: number): Promise<number> {
  await expect(page.locator("#results-heading")).toHaveText(
    expected === undefined ? /^\d+ course/ : new RegExp(`^${expected} course`),
  );
  await expect(page.locator("#results")).toHaveAttribute("aria-busy", "false");
  return Number((await page.locator("#results-heading").textContent())!.match(/^\d+/)![0]);
}

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  // Nothing scrolls sideways at this width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

/** Each shown result's value of one fact ("Distance"), or "" when it has none. */
const factOf = (page: Page, label: string) =>
  page
    .locator("#results > li")
    .evaluateAll(
      (items, wanted) =>
        items.map(
          (item) =>
            [...item.querySelectorAll(".course-facts > div")]
              .find((fact) => fact.querySelector("dt")!.textContent === wanted)
              ?.querySelector("dd")!.textContent ?? "",
        ),
      label,
    );

test("a search near a town lists the courses with a venue within the distance, nearest first, then online ones", async ({
  page,
}) => {
  const asOf = todayIso();
  const bolton = findPlace("Bolton", gazetteerFile())!;
  const within = 10;
  const courses = await activeCourses();
  const distances = courses.map((course) => {
    const runs = joinableRuns(course, asOf);
    const near = runs.flatMap((run) => {
      const place = run.venue && placeOfPostcode(run.venue.postcode);
      return place ? [milesBetween(bolton, place)] : [];
    });
    const nearest = Math.min(...near);
    return { course, nearest, online: runs.some(isOnlineRun) };
  });
  const nearBy = distances.filter(({ nearest }) => nearest <= within);
  const onlineOnly = distances.filter(({ nearest, online }) => nearest > within && online);
  expect(nearBy.length, "the sample has courses near Bolton").toBeGreaterThan(3);

  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`/search/?near=Bolton&within=${within}`);
  await expect(page.locator("#results-heading")).toHaveText(
    `${nearBy.length + onlineOnly.length} courses within ${within} miles of Bolton`,
  );
  await expect(page.locator("#search-sort")).toHaveValue("nearest");
  await expect(page.locator("#results")).toHaveAttribute("aria-busy", "false");
  const shown = await factOf(page, "Distance");
  const miles = shown.filter(Boolean).map((text) => (text.startsWith("Less than") ? 0 : Number.parseInt(text, 10)));
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
  expect(shown.slice(0, Math.min(PAGE, nearBy.length)).every(Boolean)).toBe(true);

  await page.locator(".filter-panel-toggle").click();
  await expectAccessible(page);
  // Leaving out online courses keeps only those near.
  await page.getByLabel("Leave out courses you can do online").check();
  await settled(page, nearBy.length);
  await expect(page).toHaveURL(/online=exclude/);
});

test("a town or postcode not found is said, with places of a similar name, and results are not limited", async ({
  page,
}) => {
  const courses = await activeCourses();
  await page.goto("/search/");
  await settled(page, courses.length);
  await page.getByLabel("Town or postcode (optional)").fill("Boltn");
  await page.getByLabel("Town or postcode (optional)").press("Enter");
  await expect(page.locator("#search-near-error")).toContainText("We could not find “Boltn”");
  await expect(page.getByLabel("Town or postcode (optional)")).toHaveAttribute("aria-invalid", "true");
  await settled(page, courses.length);
  await expectAccessible(page);
  await page.locator("#search-near-error").getByRole("button", { name: "Bolton" }).click();
  await expect(page.locator("#results-heading")).toHaveText(/within 25 miles of Bolton$/);
  await expect(page.locator("#search-near-error")).toBeHidden();
});

test("a search for a town's name lists the courses that run there first", async ({ page }) => {
  const courses = await activeCourses();
  const inWarrington = courses.filter((course) => course.presentations.some((run) => run.venue?.town === "Warrington"));
  expect(inWarrington.length).toBeGreaterThan(0);
  await page.goto("/search/?q=Warrington");
  await settled(page);
  const titles = await page.locator("#results .course-title").allTextContents();
  expect(new Set(titles.slice(0, inWarrington.length))).toEqual(new Set(inWarrington.map((course) => course.title)));
});

test("Back to results returns to the same search, filters and number of results shown", async ({ page }) => {
  const courses = await activeCourses();
  test.skip(courses.length <= PAGE, `needs more than ${PAGE} active sample courses`);
  await page.goto("/search/?where=north-west");
  const total = await settled(page);
  await page.getByRole("button", { name: /^Show \d+ more courses$/ }).click();
  const listed = Math.min(total, 2 * PAGE);
  await expect(page.locator("#results > li")).toHaveCount(listed);
  const searchUrl = page.url();
  const chosen = page.locator("#results > li").nth(PAGE).locator(".course-title a");
  const title = await chosen.textContent();
  await chosen.click();
  await expect(page.locator("h1")).toHaveText(title!);
  const back = page.getByRole("link", { name: "Back to results" });
  await expect(back).toBeVisible();
  await back.click();
  await expect(page).toHaveURL(searchUrl);
  await expect(page.locator("#results")).toHaveAttribute("aria-busy", "false");
  await expect(page.locator("#results > li")).toHaveCount(listed);

  // A course opened any other way has no link back.
  await page.goto("/courses/");
  await page.locator("main a[href^='/courses/']").nth(3).click();
  await expect(page.getByRole("link", { name: "Back to results" })).toBeHidden();
});

test("Back to results works from a fresh load of the course page too, with as many results shown", async ({ page }) => {
  const courses = await activeCourses();
  test.skip(courses.length <= PAGE, `needs more than ${PAGE} active sample courses`);
  await page.goto("/search/");
  const total = await settled(page);
  await page.getByRole("button", { name: /^Show \d+ more courses$/ }).click();
  const listed = Math.min(total, 2 * PAGE);
  await expect(page.locator("#results > li")).toHaveCount(listed);
  const href = await page
    .locator("#results > li")
    .nth(PAGE + 1)
    .locator(".course-title a")
    .getAttribute("href");
  await page
    .locator("#results > li")
    .nth(PAGE + 1)
    .locator(".course-title a")
    .click();
  await page.goto(href!); // Opened again: the search is no longer the page before.
  await page.getByRole("link", { name: "Back to results" }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator("#results > li")).toHaveCount(listed);
});
