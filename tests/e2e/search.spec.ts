import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { todayIso } from "../../src/domain/dates.ts";
import {
  catalogueFacets,
  searchFilters,
  searchRunValues,
  type CatalogueCourse,
  type SearchFilter,
} from "../../src/domain/facets.ts";
import { courseFacts, joinableRuns } from "../../src/domain/runs.ts";
import { PAGE } from "../../src/search/client/paging.ts";
import { sampleCatalogue } from "./catalogue.ts";
import { axeViolations } from "./axe.ts";

/** The active sample courses with their providers, and the search filters as the build defines them. */
async function catalogue() {
  const { courses, providers } = await sampleCatalogue();
  const byId = new Map(providers.map(({ data }) => [data.id, data]));
  const entries: CatalogueCourse[] = courses
    .filter(({ data }) => data.status === "active")
    .map(({ data }) => ({ course: data, provider: byId.get(data.provider)! }));
  const facets = searchFilters(catalogueFacets(providers.map(({ data }) => data)));
  const asOf = todayIso();
  const isRunFilter = (key: string) => facets.find((candidate) => candidate.search.param === key)!.scope === "run";
  /** The place, among a course's runs in search, of the soonest that meets every run filter (-1: none). */
  const matchingRun = (entry: CatalogueCourse, filters: Record<string, string[]>) =>
    searchRunValues(entry, asOf, facets).findIndex((run) =>
      Object.entries(filters).every(
        ([key, values]) => !isRunFilter(key) || (run[key] ?? []).some((value) => values.includes(value)),
      ),
    );
  /**
   * Courses matching OR within each filter and AND across filters, where run
   * filters (when, where, cost…) must all hold for one of the course's runs.
   */
  const matching = (filters: Record<string, string[]>) =>
    entries.filter(
      (entry) =>
        matchingRun(entry, filters) >= 0 &&
        Object.entries(filters).every(([key, values]) => {
          if (isRunFilter(key)) return true;
          const facet = facets.find((candidate) => candidate.search.param === key)!;
          return facet.valuesOf(entry, asOf).some((value) => values.includes(value));
        }),
    );
  return { entries, facets, matching, matchingRun, asOf };
}

const resultCount = async (page: Page) =>
  Number((await page.locator("#results-heading").textContent())!.match(/^\d+/)![0]);
/** Waits until the results heading shows a count and the list is complete, then returns the count. */
async function settled(page: Page, expected?: number): Promise<number> {
  await expect(page.locator("#results-heading")).toHaveText(
    expected === undefined ? /^\d+ course/ : new RegExp(`^${expected} course`),
  );
  await expect(page.locator("#results")).toHaveAttribute("aria-busy", "false");
  return resultCount(page);
}
const checkbox = (page: Page, key: string, value: string) => page.locator(`#filter-${key}-${value}`);

test("browsing with no term shows every active course, soonest start first", async ({ page }) => {
  const { entries } = await catalogue();
  await page.goto("/search/");
  expect(await settled(page, entries.length)).toBe(entries.length);
  await expect(page.locator("#search-sort")).toHaveValue("start");
  await expect(page.locator("#results > li")).toHaveCount(Math.min(PAGE, entries.length));
});

test("browsing every course keeps the courses the page was built with, and loads search when the visitor turns to the words box", async ({
  page,
}) => {
  const { entries } = await catalogue();
  const fetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    fetched.push(url.pathname + url.search);
  });
  await page.goto("/search/");
  await settled(page, entries.length);
  // Browsing needs no search by words: Pagefind is loaded only when the visitor turns to the words box.
  await expect(page.locator("[data-search-app]")).not.toHaveAttribute("data-engine", "ready");
  expect(fetched).not.toContain("/pagefind/pagefind.js");
  expect(fetched).not.toContain("/pagefind/wasm.en.pagefind");
  await page.locator("#search-term").focus();
  await expect(page.locator("[data-search-app]")).toHaveAttribute("data-engine", "ready");
  // The first page of results is in the page itself: none of their details is downloaded again.
  expect(fetched.filter((path) => path.includes("/fragment/"))).toEqual([]);
  // The first shard's page list is asked for by the page, not after the script has run; Pagefind's script and
  // WebAssembly only once the visitor turns to the words box.
  const preloaded = await page
    .locator('link[rel="preload"], link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(preloaded).toEqual(
    expect.arrayContaining([expect.stringMatching(/^\/pagefind\/pagefind\.en_\w+\.pf_pages$/)]),
  );
  expect(preloaded).not.toContain("/pagefind/pagefind.js");
  expect(fetched).toContain("/pagefind/pagefind.js");
  expect(fetched).toContain("/pagefind/wasm.en.pagefind");
  // Pagefind is handed its page list from the packed copy the page downloaded (pagefind-fetch.ts), not its own file.
  expect(new Set(fetched.filter((path) => path.endsWith(".pf_pages")))).toHaveProperty("size", 1);
  expect(fetched.filter((path) => path.endsWith(".pf_meta"))).toEqual([]);
  // The script asks which index is current, as a copy of the page may be from an earlier build.
  expect(fetched).toContain("/pagefind/current-index.json");
});

test("show more adds the next results after those shown and moves the focus to the first new one", async ({ page }) => {
  const { entries } = await catalogue();
  test.skip(entries.length <= PAGE, `needs more than ${PAGE} active sample courses`);
  await page.goto("/search/");
  await settled(page, entries.length);
  const firstPage = await page.locator("#results .course-title").allTextContents();
  expect(firstPage).toHaveLength(PAGE);
  const more = page.getByRole("button", { name: /^Show \d+ more courses$/ });
  await expect(more).toHaveText(`Show ${Math.min(PAGE, entries.length - PAGE)} more courses`);
  await more.click();
  await expect(page.locator("#results > li")).toHaveCount(Math.min(2 * PAGE, entries.length));
  // The courses already listed stay where they were; the first new one has the focus.
  expect((await page.locator("#results .course-title").allTextContents()).slice(0, PAGE)).toEqual(firstPage);
  await expect(page.locator("#results > li").nth(PAGE).locator("a").first()).toBeFocused();
  if (entries.length <= 2 * PAGE) await expect(more).toBeHidden();
});

test("results whose details cannot be downloaded are said, and the list is not left waiting", async ({ page }) => {
  await page.goto("/search/");
  await settled(page);
  // The connection drops: no result's details arrive.
  await page.route("**/pagefind/fragment/**", (route) => route.abort());
  await page.getByLabel("Search courses").fill("care");
  await page.getByLabel("Search courses").press("Enter");
  await expect(page.locator("#search-status")).toHaveText(/could not be shown.*try again/i);
  await expect(page.locator("#results")).toHaveAttribute("aria-busy", "false");
});

test("a term finds matching courses with the words highlighted", async ({ page }) => {
  await page.goto("/search/");
  await settled(page);
  await page.getByLabel("Search courses").fill("dementia");
  await page.getByLabel("Search courses").press("Enter");
  await expect(page.locator("#results-heading")).toContainText("found for “dementia”");
  await expect(page.locator("#results .course-title").first()).toContainText(/dementia/i);
  await expect(page.locator("#results mark").first()).toHaveText(/dementia/i);
  await expect(page).toHaveURL(/\?q=dementia$/);
});

test("a link to results on a wide screen moves nothing when the results replace the listing", async ({ page }) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  // Every layout shift from the page's start, as Lighthouse counts them (none follows the visitor's input here).
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/search/?q=dementia");
  await expect(page.locator("#results-heading")).toContainText("found for “dementia”");
  await expect(page.locator("#results mark").first()).toBeVisible();
  const shifted = await page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
  );
  // The sort once sat beside the heading and wrapped under it when the heading grew: 0.09.
  expect(shifted).toBeLessThan(0.01);
});

test("filters: OR within a filter, AND across filters, with counts matching the catalogue", async ({ page }) => {
  const { matching } = await catalogue();
  await page.goto("/search/");
  await settled(page);

  await checkbox(page, "theme", "communication").check();
  const one = await settled(page, matching({ theme: ["communication"] }).length);

  await checkbox(page, "theme", "team-working").check();
  const either = await settled(page, matching({ theme: ["communication", "team-working"] }).length);
  expect(either).toBeGreaterThan(one);

  await checkbox(page, "where", "online").check();
  const both = await settled(page, matching({ theme: ["communication", "team-working"], where: ["online"] }).length);
  expect(both).toBeLessThan(either);

  // Each value's count is what ticking it would give with the other selections.
  const roleAwareness = matching({ theme: ["role-awareness"], where: ["online"] }).length;
  await expect(page.locator('label[for="filter-theme-role-awareness"] .count-number')).toHaveText(
    String(roleAwareness),
  );
});

test("run filters hold for one run, and each result shows that run", async ({ page }) => {
  const { entries, matching, matchingRun, asOf } = await catalogue();
  const selections: Record<string, string[]>[] = [
    { start: ["next-3-months"], where: ["online"] },
    { start: ["next-3-months", "next-6-months"], attendance: ["campus", "work-based"], cost: ["free"] },
    { where: ["north-west"], pattern: ["evening", "weekend"] },
    { cost: ["free"], theme: ["communication"] },
  ];
  let splitCourses = 0;
  for (const filters of selections) {
    const query = new URLSearchParams(Object.entries(filters).flatMap(([key, values]) => values.map((v) => [key, v])));
    await page.goto(`/search/?${query}`);
    const expected = matching(filters);
    await settled(page, expected.length);
    // Courses that match filter by filter on different runs are not listed.
    const byFilter = entries.filter((entry) =>
      Object.keys(filters).every((key) => matching({ [key]: filters[key]! }).includes(entry)),
    );
    splitCourses += byFilter.length - expected.length;
    const shown = page.locator("#results > li");
    for (let at = 0; at < (await shown.count()); at++) {
      const item = shown.nth(at);
      const title = await item.locator(".course-title").textContent();
      const entry = expected.find(({ course }) => course.title === title)!;
      expect(entry, `${title} is a result of ${query}`).toBeDefined();
      const run = joinableRuns(entry.course, asOf)[matchingRun(entry, filters)];
      const facts = courseFacts(entry.course, run, asOf).map(({ label, value }) => `${label}: ${value}`);
      const shownFacts = await item
        .locator(".course-facts > div")
        .evaluateAll((facts) =>
          facts.map((fact) => `${fact.querySelector("dt")!.textContent}: ${fact.querySelector("dd")!.textContent}`),
        );
      expect(shownFacts, title!).toEqual(facts);
    }
  }
  // The sample has courses whose runs split these filters, so the test shows they are left out.
  expect(splitCourses).toBeGreaterThan(0);
});

test("every filter count on the bare search page matches the catalogue, with no filter data downloaded", async ({
  page,
}) => {
  const { facets, matching } = await catalogue();
  // Filter data is most of what a first search would download at 10,000 courses; browsing needs none of it.
  const filterData: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/filter")) filterData.push(request.url());
  });
  await page.goto("/search/");
  await settled(page);
  for (const facet of facets) {
    for (const term of facet.terms) {
      const expected = matching({ [facet.search.param]: [term.id] }).length;
      const item = page.locator(`li:has(> #filter-${facet.search.param}-${term.id})`);
      if (expected === 0) await expect(item, `${facet.search.param}=${term.id}`).toBeHidden();
      else await expect(item.locator(".count-number"), `${facet.search.param}=${term.id}`).toHaveText(String(expected));
    }
  }
  expect(filterData).toEqual([]);
});

/** Expects each value of a short filter (all values listed) to show what ticking it would give; values giving nothing hidden. */
async function expectCounts(page: Page, facet: SearchFilter, expected: (value: string) => number) {
  for (const term of facet.terms) {
    const item = page.locator(`li:has(> #filter-${facet.search.param}-${term.id})`);
    const count = expected(term.id);
    if (count === 0) await expect(item, `${facet.search.param}=${term.id}`).toBeHidden();
    else {
      await expect(item.locator(".count"), `${facet.search.param}=${term.id}`).toBeVisible();
      await expect(item.locator(".count-number"), `${facet.search.param}=${term.id}`).toHaveText(String(count));
    }
  }
}

test("a filter not counted for a search hides its numbers until the user asks for them", async ({ page }) => {
  const { facets, matching } = await catalogue();
  const facet = (key: string) => facets.find((candidate) => candidate.search.param === key)!;
  await page.goto("/search/?where=online");
  await settled(page, matching({ where: ["online"] }).length);
  // Theme is open but its data is not loaded: the catalogue's numbers would be wrong here, so none show.
  const theme = page.locator('[data-facet="theme"]');
  const shownCounts = theme.locator("li:not([hidden]) .count");
  expect(await shownCounts.count()).toBeGreaterThan(0);
  for (const count of await shownCounts.all()) await expect(count).toBeHidden();
  await theme.getByRole("button", { name: "Show numbers for theme" }).click();
  await expect(theme.locator("li:not([hidden]) input").first()).toBeFocused();
  await expect(theme.getByRole("button", { name: "Show numbers for theme" })).toBeHidden();
  await expectCounts(page, facet("theme"), (value) => matching({ theme: [value], where: ["online"] }).length);

  // Opening a closed filter counts it too, and it stays counted for the next search.
  await page.locator('[data-facet="credit"] > summary').click();
  await expectCounts(page, facet("credit"), (value) => matching({ credit: [value], where: ["online"] }).length);
  await checkbox(page, "theme", "communication").check();
  await settled(page, matching({ theme: ["communication"], where: ["online"] }).length);
  await expectCounts(
    page,
    facet("credit"),
    (value) => matching({ credit: [value], theme: ["communication"], where: ["online"] }).length,
  );
});

test("selected filters show as tags that can be removed one by one or all at once", async ({ page }) => {
  const { entries, matching } = await catalogue();
  await page.goto("/search/?theme=communication&level=meso");
  await settled(page, matching({ theme: ["communication"], level: ["meso"] }).length);
  await page.getByRole("button", { name: "Remove filter: Communication" }).click();
  await settled(page, matching({ level: ["meso"] }).length);
  await expect(page.locator("#results-heading")).toBeFocused();
  await expect(page).toHaveURL(/\?level=meso$/);
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await settled(page, entries.length);
  await expect(page.getByRole("button", { name: /Remove filter/ })).toHaveCount(0);
});

test("each sort orders the results and keeps every course, dated or not", async ({ page }) => {
  const { entries } = await catalogue();
  const titles = async () => page.locator("#results .course-title").allTextContents();
  await page.goto("/search/?sort=title");
  await settled(page, entries.length);
  const byTitle = await titles();
  expect(byTitle).toEqual([...byTitle].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));

  await page.goto("/search/?sort=credits");
  await settled(page, entries.length);
  const credits = entries.map(
    ({ course }) => course.credits.find((c) => c.scheme === "CATS")?.value ?? course.credits[0]?.value ?? 0,
  );
  const topCredits = Math.max(...credits);
  const firstTitle = (await titles())[0]!;
  const first = entries.find(({ course }) => course.title === firstTitle)!;
  expect(first.course.credits.find((c) => c.scheme === "CATS")?.value ?? first.course.credits[0]?.value).toBe(
    topCredits,
  );

  for (const sort of ["start", "reviewed"]) {
    await page.goto(`/search/?sort=${sort}`);
    expect(await settled(page), sort).toBe(entries.length);
  }
});

test("the URL holds the search: it survives a reload and back steps through changes", async ({ page }) => {
  const { entries, matching } = await catalogue();
  await page.goto("/search/");
  await settled(page, entries.length);
  await checkbox(page, "theme", "communication").check();
  await settled(page, matching({ theme: ["communication"] }).length);
  // Opening a filter loads its numbers while the user ticks it: the search must still show the ticked result.
  await page.locator('[data-facet="credit"] > summary').click();
  await checkbox(page, "credit", "accredited").check();
  const both = matching({ theme: ["communication"], credit: ["accredited"] }).length;
  await settled(page, both);
  await expect(page).toHaveURL(/\?theme=communication&credit=accredited$/);

  await page.reload();
  await settled(page, both);
  await expect(checkbox(page, "credit", "accredited")).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\?theme=communication$/);
  await expect(checkbox(page, "credit", "accredited")).not.toBeChecked();
  await expect(checkbox(page, "theme", "communication")).toBeChecked();
});

test("changes made faster than the results draw each get their own step back", async ({ page }) => {
  const { entries, matching } = await catalogue();
  await page.goto("/search/");
  await settled(page, entries.length);
  // Both ticked in one go: the second search starts before the first has drawn, and before it wrote its address.
  await page.evaluate(() => {
    for (const [filter, value] of [
      ["theme", "communication"],
      ["credit", "accredited"],
    ])
      document.querySelector<HTMLInputElement>(`input[data-filter="${filter}"][value="${value}"]`)!.click();
  });
  await settled(page, matching({ theme: ["communication"], credit: ["accredited"] }).length);
  await expect(page).toHaveURL(/\?theme=communication&credit=accredited$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?theme=communication$/);
  await settled(page, matching({ theme: ["communication"] }).length);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/$/);
  await settled(page, entries.length);
});

test("a link followed before the results draw finds the search in the address", async ({ page }) => {
  const { entries, matching } = await catalogue();
  await page.goto("/search/");
  await settled(page, entries.length);
  // Words typed, then Skip to results at once: the page's own link must not take the words away.
  await page.evaluate(() => {
    const input = document.getElementById("search-term") as HTMLInputElement;
    input.value = "dementia";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    document.querySelector<HTMLAnchorElement>(".skip-to-results")!.click();
  });
  await expect(page).toHaveURL(/\?q=dementia#results-heading$/);
  await expect(page.locator("#results-heading")).toHaveText(/found for “dementia”/);
  await expect(page.locator("#search-term")).toHaveValue("dementia");

  // Words still being typed while the first search runs, then Skip to results: the words typed stay.
  await page.goto("/search/");
  await settled(page, entries.length);
  await page.evaluate(() => {
    const input = document.getElementById("search-term") as HTMLInputElement;
    for (const typed of ["d", "dementia"]) {
      input.value = typed;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
    document.querySelector<HTMLAnchorElement>(".skip-to-results")!.click();
  });
  await expect(page.locator("#results-heading")).toHaveText(/found for “dementia”/);
  await expect(page.locator("#search-term")).toHaveValue("dementia");
  await expect(page).toHaveURL(/\?q=dementia(#results-heading)?$/);

  // A filter ticked, then a course followed at once: Back to results returns to the ticked search.
  await page.goto("/search/");
  await settled(page, entries.length);
  await page.evaluate(() => {
    document.querySelector<HTMLInputElement>('input[data-filter="theme"][value="communication"]')!.click();
    document.querySelector<HTMLAnchorElement>("#results .course-title a")!.click();
  });
  await page.getByRole("link", { name: "Back to results" }).click();
  await expect(page).toHaveURL(/\/search\/\?theme=communication$/);
  await settled(page, matching({ theme: ["communication"] }).length);
});

test("a long filter lists its first eight values with courses, and Show all the rest, each under its group", async ({
  page,
}) => {
  await page.goto("/search/");
  await settled(page);
  const facet = page.locator('[data-facet="profession"]');
  const withCourses = await facet
    .locator("input[data-count]")
    .evaluateAll((inputs) => inputs.filter((input) => Number((input as HTMLInputElement).dataset.count) > 0).length);
  test.skip(withCourses <= 8, "The sample catalogue's courses are for eight professions or fewer");
  const values = facet.locator("li:visible");
  /** Whether each group heading is shown exactly when a value under it is. */
  const headingsFollowValues = () =>
    facet.locator(".facet-group").evaluateAll((headings) =>
      headings.every((heading) => {
        const shownUnder = [...heading.nextElementSibling!.querySelectorAll("li")].some((item) => !item.hidden);
        return (heading as HTMLElement).hidden === !shownUnder;
      }),
    );
  await expect(values).toHaveCount(8);
  expect(await headingsFollowValues()).toBe(true);
  await facet.getByRole("button", { name: `Show all ${withCourses}` }).click();
  await expect(values).toHaveCount(withCourses);
  await expect(facet.getByRole("button", { name: "Show fewer" })).toHaveAttribute("aria-expanded", "true");
  expect(await headingsFollowValues()).toBe(true);

  // Narrowed by another filter, the list holds only the professions that still have courses.
  const { matching, facets, asOf } = await catalogue();
  const narrowed = matching({ theme: ["communication"] });
  await checkbox(page, "theme", "communication").check();
  await settled(page, narrowed.length);
  // Its numbers for this search are loaded when asked for; until then it lists what the catalogue has.
  await expect(values).toHaveCount(withCourses);
  await facet.locator("[data-count-facet]").click();
  const professionFilter = facets.find((facet) => facet.search.param === "profession")!;
  const professions = new Set(narrowed.flatMap((entry) => professionFilter.valuesOf(entry, asOf)));
  await expect(values).toHaveCount(professions.size);
  for (const profession of professions) await expect(checkbox(page, "profession", profession)).toBeVisible();
  expect(await headingsFollowValues()).toBe(true);
});

test("no results says so and suggests which filter to remove", async ({ page }) => {
  const { matching } = await catalogue();
  // A combination chosen to match nothing: free courses at the highest credit level.
  const none = matching({ cost: ["free"], "credit-size": ["over-60"] });
  test.skip(none.length > 0, "The sample catalogue has a free course of over 60 credits");
  await page.goto("/search/?cost=free&credit-size=over-60");
  await settled(page, 0);
  await expect(page.getByText("No courses match your search.")).toBeVisible();
  const withoutCost = matching({ "credit-size": ["over-60"] }).length;
  await expect(
    page.getByRole("button", { name: `Remove the “Cost” filter to see ${withoutCost} course` }),
  ).toBeVisible();
});

test("a keyboard-only user can search and filter", async ({ page }) => {
  await page.goto("/search/");
  await settled(page);
  await page.keyboard.press("Tab"); // skip link
  for (
    let i = 0;
    i < 12 && !(await page.getByLabel("Search courses").evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(page.getByLabel("Search courses")).toBeFocused();
  await page.keyboard.type("carers");
  await page.keyboard.press("Enter");
  await expect(page.locator("#results-heading")).toBeFocused();
  await expect(page.locator("#results-heading")).toContainText("for “carers”");
  await checkbox(page, "theme", "role-awareness").focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/theme=role-awareness/);
});

for (const [state, url] of [
  ["browsing", "/search/"],
  ["results", "/search/?q=carers&theme=role-awareness"],
  ["no results", "/search/?q=zzzzqqqx"],
  ["an abbreviation", "/search/?q=OT"],
  ["a corrected word", "/search/?q=demntia"],
  ["some of several words", "/search/?q=dementia+mental+health"],
  ["a word matched loosely", "/search/?q=teamwork"],
] as const) {
  for (const width of [1280, 320]) {
    test(`the search page meets WCAG 2.2 AA with ${state} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("an abbreviation finds every course for what it stands for, and says so; it never matches the start of other words", async ({
  page,
}) => {
  const { entries } = await catalogue();
  const forOts = entries.filter(({ course }) => course.professions.includes("occupational-therapist"));
  await page.goto("/search/?q=OT");
  await settled(page, forOts.length);
  await expect(page.locator("#search-understood")).toHaveText("Showing courses for occupational therapist (OT).");
  await expect(page.locator("#search-status")).toContainText("Showing courses for occupational therapist (OT).");
});

test("a misspelt word is corrected and said, and the words as typed can be searched instead", async ({ page }) => {
  const { entries } = await catalogue();
  await page.goto("/search/?q=demntia");
  await settled(page);
  await expect(page.locator("#search-understood")).toContainText("Showing results for “dementia”.");
  const dementia = entries.find(({ course }) => course.id === "dementia-care-together")!;
  await expect(page.locator("#results")).toContainText(dementia.course.title);
  await page.getByRole("button", { name: "Search for “demntia” instead" }).click();
  await expect(page).toHaveURL(/as-typed=yes/);
  await expect(page.locator("#search-understood")).toBeHidden();
  // A word in the index is never corrected (one that no filter value is named by, so it reaches the dictionary).
  await page.goto("/search/?q=phlebotomy");
  await settled(page);
  await expect(page.locator("#search-understood")).toBeHidden();
});

test("when no course has every word, the courses with most of them are shown and the page says so", async ({
  page,
}) => {
  await page.goto("/search/?q=dementia+mental+health");
  const count = await settled(page);
  expect(count).toBeGreaterThan(1);
  await expect(page.locator("#search-understood")).toContainText("No course matches all of your words");
  await expect(page.locator("#results")).toContainText("Dementia Care Together");
  await expect(page.locator("#results")).toContainText("Mental Health");
});

test("at 320px the filters are one obvious tap away", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/search/");
  await settled(page);
  const toggle = page.locator(".filter-panel-toggle");
  await expect(toggle).toBeInViewport();
  await toggle.click();
  await checkbox(page, "theme", "communication").check();
  await expect(page.locator(".filter-panel-toggle")).toContainText("(1 selected)");
});

test("the current results download as a CSV file with one row per course", async ({ page }) => {
  const { matching } = await catalogue();
  await page.goto("/search/?theme=communication");
  const expected = await settled(page, matching({ theme: ["communication"] }).length);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download these results (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("courses.csv");
  const text = await readFile((await download.path())!, "utf8");
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(expected);
  expect(rows[0]!.Page).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/courses\/[a-z0-9-]+\/$/);
});

test("on a phone the open filter panel shows how many courses the filters give, and goes back to them", async ({
  page,
}) => {
  const { matching } = await catalogue();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/search/");
  await settled(page);
  await expect(page.locator("#filter-panel")).not.toHaveAttribute("open", "");
  await page.locator(".filter-panel-toggle").click();
  await checkbox(page, "theme", "communication").check();
  const expected = matching({ theme: ["communication"] }).length;
  const show = page.getByRole("button", { name: `Show ${expected} courses` });
  await expect(show).toBeInViewport();
  await show.click();
  await expect(page.locator("#filter-panel")).not.toHaveAttribute("open", "");
  await expect(page.locator("#results-heading")).toBeFocused();
});

test("a keyboard user can skip from the search box past the filters to the results", async ({ page }) => {
  await page.goto("/search/");
  await settled(page);
  await page.getByLabel("Search courses").focus();
  await page.keyboard.press("Tab"); // The Search button.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to results" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#results-heading")).toBeFocused();
});

test("screen readers hear the results once typing stops, not at every key", async ({ page }) => {
  await page.goto("/search/");
  await settled(page);
  await page.evaluate(() => {
    const status = document.getElementById("search-status")!;
    (window as unknown as { said: string[] }).said = [];
    new MutationObserver(() => (window as unknown as { said: string[] }).said.push(status.textContent ?? "")).observe(
      status,
      { childList: true, characterData: true, subtree: true },
    );
  });
  await page.getByLabel("Search courses").pressSequentially("dementia care", { delay: 60 });
  await expect(page.locator("#search-status")).toHaveText(/found for “dementia care”|courses found/);
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
  expect(said).toHaveLength(1);
});
