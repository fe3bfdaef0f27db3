import { expect, test } from "@playwright/test";
import { todayIso } from "../../src/domain/dates.ts";
import { costLines } from "../../src/domain/format.ts";
import { currentRuns, runTiming } from "../../src/domain/runs.ts";
import { sampleCatalogue } from "./catalogue.ts";

test("the course list shows every active course, and no withdrawn one", async ({ page }) => {
  const { courses } = await sampleCatalogue();
  const active = courses.filter(({ data }) => data.status === "active");
  await page.goto("/courses/");
  await expect(page.getByRole("heading", { level: 2, name: `${active.length} courses` })).toBeVisible();
  const listed = await page.locator(".course-list .course-title a").allTextContents();
  expect(listed.sort()).toEqual(active.map(({ data }) => data.title).sort());
  for (const { data } of courses.filter(({ data }) => data.status === "withdrawn")) {
    expect(listed).not.toContain(data.title);
  }
});

test("every course file has a page with its title and summary", async ({ page }) => {
  test.setTimeout(120_000);
  const { courses } = await sampleCatalogue();
  expect(courses.length).toBeGreaterThanOrEqual(40);
  for (const { data } of courses) {
    const response = await page.goto(`/courses/${data.id}/`);
    expect(response?.status(), data.id).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(data.title);
    await expect(page.locator("article .lead")).toHaveText(data.summary);
  }
});

test("a course page shows upcoming runs only, or says no dates are announced", async ({ page }) => {
  const { courses } = await sampleCatalogue();
  const asOf = todayIso();
  const withPast = courses.find(
    ({ data }) => data.presentations.some((run) => run.end && run.end < asOf) && currentRuns(data, asOf).length > 0,
  );
  const withNone = courses.find(({ data }) => currentRuns(data, asOf).length === 0);
  test.skip(!withPast || !withNone, "The sample catalogue needs a course with a past run and one with no dates");

  await page.goto(`/courses/${withPast!.data.id}/`);
  const rows = page.locator("table tbody tr");
  await expect(rows).toHaveCount(currentRuns(withPast!.data, asOf).length);

  await page.goto(`/courses/${withNone!.data.id}/`);
  await expect(page.getByText("No dates announced")).toBeVisible();
});

test("pages work without JavaScript: no page ships a script but JSON-LD data and the course page's link back to a search", async ({
  request,
}) => {
  const { courses, providers } = await sampleCatalogue();
  const coursePage = `/courses/${courses[0]!.data.id}/`;
  const urls = ["/", "/404.html", "/themes/", "/glossary/", coursePage, `/providers/${providers[0]!.data.id}/`];
  for (const url of urls) {
    const html = await (await request.get(url)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
    const others = scripts.filter((tag) => !tag.includes('type="application/ld+json"'));
    if (url !== coursePage) {
      expect(others, url).toEqual([]);
      continue;
    }
    // One small module of the site's own, which only reveals "Back to results" and "Print CPD record", hidden in the
    // page without it.
    expect(others, url).toHaveLength(1);
    expect(others[0], url).toMatch(/type="module" src="\/_astro\/[^"]+\.js"/);
    expect(html).toMatch(/<p class="back-to-results"[^>]*hidden/);
    expect(html).toMatch(/<p class="print-hide" hidden>\s*<button[^>]*id="print-cpd-record"/);
  }
});

test("a list of terms keeps each comma after its term, so no line on a phone starts with one", async ({ page }) => {
  const { courses } = await sampleCatalogue();
  const { data } = [...courses].sort((a, b) => b.data.professions.length - a.data.professions.length)[0]!;
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/courses/${data.id}/`);
  const list = page.locator(".summary-list dd .inline-list").first();
  const items = (await list.locator("li").allTextContents()).map((text) => text.trim());
  expect(items.length).toBeGreaterThan(2);
  expect(items.slice(0, -1).every((item) => /\S,$/.test(item))).toBe(true);
  expect(items.at(-1)).not.toMatch(/,$/);
  // Each comma sits on the line of the term before it, and each term begins a line or follows a comma's space.
  const commasOnTheirTermsLine = await list.locator("li").evaluateAll((lis) =>
    lis.slice(0, -1).map((li) => {
      const link = li.querySelector("a")!.getBoundingClientRect();
      const comma = [...li.childNodes].find(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes(","),
      )!;
      const range = document.createRange();
      const at = comma.textContent!.indexOf(",");
      range.setStart(comma, at);
      range.setEnd(comma, at + 1);
      return Math.abs(range.getBoundingClientRect().bottom - link.bottom) < link.height;
    }),
  );
  expect(commasOnTheirTermsLine.every(Boolean)).toBe(true);
  expect(
    await list
      .locator("li")
      .first()
      .evaluate((li) => getComputedStyle(li, "::before").content),
  ).toBe("none");
});

test("a run's cost says the fee once, with the provider's note when it adds something", async ({ page }) => {
  const { courses } = await sampleCatalogue();
  const asOf = todayIso();
  const withNote = courses.find(({ data }) =>
    currentRuns(data, asOf).some((run) => run.cost.amount === 0 && run.cost.description?.startsWith("Free")),
  );
  test.skip(!withNote, "No sample run to come is free with a note that says so");
  await page.goto(`/courses/${withNote!.data.id}/`);
  const cells = await page.locator("table tbody td:nth-child(3)").allInnerTexts();
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell).not.toMatch(/^(\S+)\s+\1\b/);
  const runs = currentRuns(withNote!.data, asOf);
  expect(cells.map((cell) => cell.split("\n").filter(Boolean))).toEqual(
    runs.map((run) => [...costLines(run.cost), ...(run.fundingNote ? [run.fundingNote] : [])]),
  );
});

test("a theme page lists each course once, and its count is the number listed", async ({ page }) => {
  const { courses } = await sampleCatalogue();
  const themes = [...new Set(courses.flatMap(({ data }) => data.themes))];
  for (const theme of themes) {
    await page.goto(`/themes/${theme}/`);
    const listed = await page.locator(".course-list .course-title a").allTextContents();
    expect(new Set(listed).size, theme).toBe(listed.length);
    await expect(page.locator("#course-count"), theme).toHaveText(
      listed.length === 1 ? "1 course" : `${listed.length} courses`,
    );
  }
});

test("the skip link is the first thing a keyboard user reaches and moves focus to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
});

test("a provider page lists that provider's active courses", async ({ page }) => {
  const { courses, providers } = await sampleCatalogue();
  const provider = providers.find(({ data }) => courses.some(({ data: course }) => course.provider === data.id))!.data;
  const theirs = courses.filter(({ data }) => data.provider === provider.id && data.status === "active");
  await page.goto(`/providers/${provider.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(provider.name);
  await expect(page.locator(".course-list > li")).toHaveCount(theirs.length);
});

test("a course page says when applications for a run have closed, and offers no Apply link then", async ({ page }) => {
  const { courses } = await sampleCatalogue();
  const asOf = todayIso();
  const withDeadline = courses.filter(({ data }) => currentRuns(data, asOf).some((run) => run.applyBy));
  const closed = withDeadline.filter(({ data }) =>
    currentRuns(data, asOf).some((run) => runTiming(run, asOf).applications === "closed"),
  );
  test.skip(closed.length === 0, "No sample run to come has a closing date already passed on this date");
  for (const { data } of withDeadline) {
    await page.goto(`/courses/${data.id}/`);
    const rows = page.locator("table tbody tr");
    for (const [index, run] of currentRuns(data, asOf).entries()) {
      const row = rows.nth(index);
      const isClosed = runTiming(run, asOf).applications === "closed";
      await expect(row.getByText("Applications closed"), `${data.id}/${run.id}`).toHaveCount(isClosed ? 1 : 0);
      if (isClosed) await expect(row.getByRole("link", { name: /^Apply/ })).toHaveCount(0);
    }
  }
});

test("a course page shows its published evaluation, or says none is published, and the search filter finds the evaluated", async ({
  page,
}) => {
  const { courses } = await sampleCatalogue();
  const active = courses.filter(({ data }) => data.status === "active").map(({ data }) => data);
  const evaluated = active.find(
    (course) => course.evaluation?.findings && course.evaluation.levels.includes("impact"),
  )!;
  const unevaluated = active.find((course) => !course.evaluation)!;
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/courses/${evaluated.id}/`);
  const section = page.locator("section", { has: page.getByRole("heading", { name: "How the course is evaluated" }) });
  await expect(section.getByRole("link", { name: "Impact on service users and carers" })).toBeVisible();
  await expect(section).toContainText(evaluated.evaluation!.methods);
  await expect(section).toContainText(evaluated.evaluation!.findings!);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.goto(`/courses/${unevaluated.id}/`);
  await expect(page.getByText("No evaluation published.")).toBeVisible();
  // The search filter "Evaluation published: Impact on service users and carers" finds exactly those courses.
  const withImpact = active.filter((course) => course.evaluation?.levels.includes("impact"));
  await page.goto("/search/?evaluated=impact");
  await expect(page.locator("#results-heading")).toHaveText(
    `${withImpact.length} ${withImpact.length === 1 ? "course" : "courses"}`,
  );
});
