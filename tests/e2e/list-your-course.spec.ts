import { expect, test, type Locator, type Page } from "@playwright/test";
import { courseFileFromForm } from "../../src/contribute/course-form.ts";
import { entryFromForm } from "../../src/contribute/form-entry.ts";
import { todayIso } from "../../src/domain/dates.ts";
import { lintInProcess } from "../../src/validator/core/body-lint.ts";
import { checkDraft } from "../../src/validator/core/check-draft.ts";
import {
  courseWording,
  costWording,
  presentationWording,
  venueWording,
  contactGroupWording,
  creditRatingWording,
} from "../../src/domain/schema/index.ts";
import { sampleCatalogue } from "./catalogue.ts";
import { axeViolations } from "./axe.ts";

// The form is a long page, and axe takes a while over it on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });
const catalogue = await sampleCatalogue();
const providers = new Map(catalogue.providers.map(({ data }) => [data.id, data]));
const provider = catalogue.providers.find(({ data }) => data.type === "nhs-trust")!.data;

/** What `npm run validate` says about a file, as the sentences the form shows. */
async function validatorSays(text: string, id: string, folder = provider.id, leaveOut?: string) {
  const findings = await checkDraft(
    text,
    { collection: "courses", stem: id, folder },
    { providers, providerIds: new Set(providers.keys()), asOf: todayIso() },
    lintInProcess,
  );
  return findings
    .filter((finding) => finding.severity === "error" && finding.field !== leaveOut)
    .map((finding) => finding.message);
}

async function fillValidCourse(page: Page, title = "Working Together Across Teams") {
  await page.getByLabel("Provider", { exact: true }).selectOption(provider.id);
  await page.getByLabel("Course title").fill(title);
  await page
    .getByLabel("Summary")
    .fill("A day for health and social care staff to learn with, from and about each other.");
  await page
    .getByLabel("Description")
    .fill("## Who it is for\n\nStaff from health and social care teams.\n\n- Case studies\n- Role play");
  await page.getByRole("checkbox", { name: /^Social worker/ }).check();
  await page.getByRole("checkbox", { name: /^District nurse/ }).check();
  await page
    .getByRole("group", { name: "Who learns together" })
    .getByRole("checkbox", { name: /^Inter-professional/ })
    .check();
  await page.getByRole("group", { name: "Workforce levels" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: "Themes" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: "Forms of learning" }).getByRole("checkbox").first().check();
  await page.getByLabel("Learning outcomes").fill("Explain what other professions do\nShare information safely");
  await page
    .getByRole("group", { name: "How do service users and carers take part?" })
    .getByRole("checkbox", { name: /^Not involved/ })
    .check();
  await page
    .getByRole("group", { name: "Academic credit" })
    .getByRole("radio", { name: /^No academic credit/ })
    .check();
  await page.getByLabel("Email address").fill("cpd@example.nhs.uk");
}

/** Types a date into a GOV.UK date input: the group named by its legend, then its Day, Month and Year boxes. */
async function fillDate(scope: Page | Locator, legend: string, day: string, month: string, year: string) {
  const group = scope.getByRole("group", { name: legend, exact: true });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

/** The n-th run on the form (1-based), by its heading. */
const run = (page: Page, n: number) => page.getByRole("group", { name: `Run ${n}`, exact: true });

/** The error summary's lines. */
/** The error summary's messages, once it shows (checking the entry takes a moment). */
async function summaryLines(page: Page): Promise<string[]> {
  await expect(page.locator(".error-summary li").first()).toBeVisible();
  return page.locator(".error-summary li").allTextContents();
}

for (const width of [375, 1280]) {
  test.describe(`List your course at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("a form sent empty gets every message at once, in the shared wording, linked to its field", async ({
      page,
    }) => {
      await page.goto("/list-your-course/");
      await page.getByRole("button", { name: "Check your entry" }).click();
      const summary = page.locator(".error-summary");
      await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      await expect(page.locator("#form-errors")).toBeFocused();
      await expect(page).toHaveTitle(/^Error: /);
      // With no title there is no id to make from it; the form reports the missing title, not the id it would make.
      const expected = await validatorSays(
        courseFileFromForm(entryFromForm([]), todayIso()).text,
        "",
        provider.id,
        "id",
      );
      expect(await summaryLines(page)).toEqual(expect.arrayContaining(expected));
      expect((await summaryLines(page)).length).toBe(expected.length);
      // Word for word, the wording written beside the schema.
      for (const words of [
        courseWording.provider.missing,
        courseWording.title.missing,
        courseWording.summary.missing,
        courseWording.professions.missing,
        courseWording.learningOutcomes.missing,
        courseWording.creditStatus.missing,
        contactGroupWording.missing,
      ])
        expect(await summaryLines(page)).toContain(words);
      // The link for the title's problem takes keyboard focus to the title field, whose own message says the same.
      await summary.locator('a[href="#f-title"]').focus();
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("Course title")).toBeFocused();
      await expect(page.locator("#f-title-group .error-message")).toHaveText(`Error: ${courseWording.title.missing}`);
      await expect(page.getByLabel("Course title")).toHaveAttribute("aria-describedby", /error-/);
    });

    test("several runs with mistakes: every date and venue problem in the first round, then a file with both runs", async ({
      page,
    }) => {
      await page.goto("/list-your-course/");
      await fillValidCourse(page);
      await page.getByRole("button", { name: "Add a run" }).click();
      await expect(run(page, 1).getByLabel("Day").first()).toBeFocused();
      // Run 1: ends before it starts, applications close after it starts, held on campus with no venue, no cost.
      await fillDate(run(page, 1), presentationWording.start.label, "12", "5", "2027");
      await fillDate(run(page, 1), presentationWording.end.label, "1", "5", "2027");
      await fillDate(run(page, 1), presentationWording.applyBy.label, "20", "5", "2027");
      await run(page, 1).getByLabel(presentationWording.studyMode.label).selectOption({ index: 1 });
      await run(page, 1).getByLabel(presentationWording.attendanceMode.label).selectOption("campus");
      await expect(run(page, 1).getByLabel(venueWording.name.label)).toBeVisible();
      await run(page, 1).getByLabel(presentationWording.attendancePattern.label).selectOption({ index: 1 });
      // Run 2: a day that does not exist, held online, so no venue questions.
      await page.getByRole("button", { name: "Add another run" }).click();
      await fillDate(run(page, 2), presentationWording.start.label, "31", "2", "2027");
      await run(page, 2).getByLabel(presentationWording.studyMode.label).selectOption({ index: 1 });
      await run(page, 2).getByLabel(presentationWording.attendanceMode.label).selectOption("online");
      await expect(run(page, 2).getByLabel(venueWording.name.label)).toBeHidden();
      await run(page, 2).getByLabel(presentationWording.online.label).check();
      await run(page, 2).getByLabel(presentationWording.attendancePattern.label).selectOption({ index: 1 });
      await run(page, 2).getByLabel(costWording.amount.label).fill("0");
      await page.getByRole("button", { name: "Check your entry" }).click();
      await expect(page.locator(".error-summary")).toBeVisible();
      expect((await summaryLines(page)).sort()).toEqual(
        [
          `Run 1: ${presentationWording.end.rules.beforeStart}`,
          `Run 1: ${presentationWording.applyBy.rules.afterStart}`,
          `Run 1: ${presentationWording.venue.rules.needed}`,
          `Run 1: ${costWording.amount.missing}`,
          `Run 2: ${presentationWording.start.invalid}`,
        ].sort(),
      );
      // No field keys, list positions, YAML or ISO dates anywhere in the form or its messages.
      const formText = await page.locator("#course-form-section").innerText();
      for (const technical of ["presentations[", "flexibleStart", "front matter", "YYYY", "creditRating.", "true when"])
        expect(formText).not.toContain(technical);

      await fillDate(run(page, 1), presentationWording.end.label, "30", "6", "2027");
      await fillDate(run(page, 1), presentationWording.applyBy.label, "1", "5", "2027");
      await run(page, 1).getByLabel(venueWording.name.label).fill("Moorside Education Centre");
      await run(page, 1).getByLabel(venueWording.town.label).fill("Bolton");
      await run(page, 1).getByLabel(venueWording.postcode.label).fill("bl1 1aa");
      await run(page, 1).getByLabel(venueWording.region.label).selectOption("north-west");
      await run(page, 1).getByLabel(costWording.amount.label).fill("120");
      await fillDate(run(page, 2), presentationWording.start.label, "28", "2", "2027");
      // A third run added and left empty is dropped, not reported.
      await page.getByRole("button", { name: "Add another run" }).click();
      await page.getByRole("button", { name: "Check your entry" }).click();
      await expect(page.locator("#form-result").getByRole("heading", { name: "Your entry is ready" })).toBeVisible();
      await expect(run(page, 3)).toHaveCount(0);
      const propose = page.getByRole("link", { name: "Propose it on GitHub (opens in new tab)" });
      await expect(propose).toHaveAttribute("target", "_blank");
      await expect(propose).toHaveAttribute("rel", "noopener");
      const text = new URL((await propose.getAttribute("href"))!).searchParams.get("value")!;
      expect(text).toContain("start: '2027-05-12'");
      expect(text).toContain("start: '2027-02-28'");
      expect(text).toMatch(/postcode: BL1 1AA/i);
      expect(await validatorSays(text, "working-together-across-teams")).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test.describe("List your course, with JavaScript", () => {
  test("turns a complete form into a file that passes the validator, ready to propose on GitHub in a new tab", async ({
    page,
  }) => {
    await page.goto("/list-your-course/");
    await fillValidCourse(page);
    await page.getByRole("button", { name: "Add a run" }).click();
    await fillDate(run(page, 1), presentationWording.start.label, "12", "5", "2027");
    await run(page, 1).getByLabel(presentationWording.studyMode.label).selectOption({ index: 1 });
    await run(page, 1).getByLabel(presentationWording.attendanceMode.label).selectOption({ index: 1 });
    await run(page, 1).getByLabel(presentationWording.attendancePattern.label).selectOption({ index: 1 });
    await run(page, 1).getByLabel(presentationWording.online.label).check();
    await run(page, 1).getByLabel(costWording.amount.label).fill("0");
    await page.getByRole("button", { name: "Check your entry" }).click();
    const result = page.locator("#form-result");
    await expect(result.getByRole("heading", { name: "Your entry is ready" })).toBeVisible();
    const path = `content/courses/${provider.id}/working-together-across-teams.md`;
    await expect(page.locator("#result-path")).toHaveText(path);
    await expect(result).toContainText("opens GitHub's editor in a new tab");
    const proposeLink = page.getByRole("link", { name: "Propose it on GitHub (opens in new tab)" });
    const propose = new URL((await proposeLink.getAttribute("href"))!);
    expect(propose.pathname).toMatch(/\/new\/main$/);
    expect(propose.searchParams.get("filename")).toBe(path);
    const text = propose.searchParams.get("value")!;
    expect(text).toContain("  - Share information safely");
    await expect(page.locator("#result-too-long")).toBeHidden();
    expect(await validatorSays(text, "working-together-across-teams")).toEqual([]);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the file" }).click();
    expect((await download).suggestedFilename()).toBe("working-together-across-teams.md");
    // The two buttons line up.
    const [proposeBox, downloadBox] = await Promise.all([
      proposeLink.boundingBox(),
      page.getByRole("button", { name: "Download the file" }).boundingBox(),
    ]);
    if (proposeBox!.y + proposeBox!.height > downloadBox!.y) expect(downloadBox!.y).toBe(proposeBox!.y);
    // Changed after the check, the entry is no longer the file offered: it must be checked again.
    await page.getByLabel("Course title").fill("Working together across teams, revised");
    await expect(result).toBeHidden();
  });

  test("asks credit-rating questions only when the status needs them, and takes several credit values", async ({
    page,
  }) => {
    await page.goto("/list-your-course/");
    const credit = page.getByRole("group", { name: courseWording.creditStatus.label });
    await expect(page.getByLabel(creditRatingWording.ratedBy.label)).toBeHidden();
    await expect(page.getByLabel("Credit scheme")).toBeHidden();
    await credit.getByRole("radio", { name: /^No academic credit/ }).check();
    await expect(page.getByLabel("Credit scheme")).toBeHidden();
    await credit.getByRole("radio", { name: /^Credit rating requested/ }).check();
    await expect(page.getByLabel(creditRatingWording.requestedFrom.label)).toBeVisible();
    await expect(page.getByLabel(creditRatingWording.ratedBy.label)).toBeHidden();
    await credit.getByRole("radio", { name: /^Credit rated/ }).check();
    await expect(page.getByLabel(creditRatingWording.ratedBy.label)).toBeVisible();
    await expect(page.getByLabel(creditRatingWording.requestedFrom.label)).toBeHidden();
    await page.getByLabel("Credit scheme").selectOption("CATS");
    await page.getByRole("button", { name: "Add another credit value" }).click();
    const second = page.getByRole("group", { name: "Credit value 2", exact: true });
    await second.getByLabel("Credit scheme").selectOption("ECTS");
    await second.getByLabel("Number of credits").fill("ten");
    await page.getByRole("button", { name: "Check your entry" }).click();
    const lines = await summaryLines(page);
    expect(lines).toContain(`Credit value 1: ${"Enter the number of credits, like 20"}`);
    expect(lines).toContain("Credit value 2: The number of credits must be a number more than 0");
    expect(lines).toContain(creditRatingWording.ratedBy.missing);
    expect(lines).toContain(creditRatingWording.ratedOn.missing);
    expect(lines).toContain(courseWording.notionalHours.rules.tooFew);
    expect(await axeViolations(page)).toEqual([]);
    await second.getByRole("button", { name: /^Remove this credit value/ }).click();
    await expect(page.getByRole("group", { name: "Credit value 2", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add another credit value" })).toBeFocused();
  });

  test("keeps a draft in the browser across a reload, until the form is cleared", async ({ page }) => {
    await page.goto("/list-your-course/");
    await page.getByLabel("Course title").fill("Kept across a reload");
    await page.getByRole("button", { name: "Add a run" }).click();
    await page.getByRole("button", { name: "Add another run" }).click();
    await fillDate(run(page, 2), presentationWording.start.label, "3", "9", "2027");
    await run(page, 2).getByLabel(presentationWording.attendanceMode.label).selectOption("campus");
    await page
      .getByRole("group", { name: courseWording.creditStatus.label })
      .getByRole("radio", { name: /^Credit rated/ })
      .check();
    await page.reload();
    await expect(page.getByLabel("Course title")).toHaveValue("Kept across a reload");
    await expect(
      run(page, 2).getByRole("group", { name: presentationWording.start.label }).getByLabel("Year"),
    ).toHaveValue("2027");
    await expect(run(page, 2).getByLabel(venueWording.name.label)).toBeVisible();
    await expect(page.getByLabel(creditRatingWording.ratedBy.label)).toBeVisible();
    await page.getByRole("button", { name: "Clear the form" }).click();
    await expect(page.getByRole("status")).toHaveText("The form has been cleared");
    await expect(page.getByLabel("Course title")).toHaveValue("");
    await expect(run(page, 1)).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel("Course title")).toHaveValue("");
    await expect(page.getByLabel(creditRatingWording.ratedBy.label)).toBeHidden();
  });

  test("refuses an id another course already has", async ({ page }) => {
    const existing = catalogue.courses[0]!.data;
    await page.goto("/list-your-course/");
    await fillValidCourse(page, existing.title);
    await page.getByLabel(courseWording.id.label).fill(existing.id);
    await page.getByRole("button", { name: "Check your entry" }).click();
    await expect(page.locator(".error-summary")).toContainText(courseWording.id.rules.taken);
  });

  test("sends each problem with a group of fields to the field that needs filling in", async ({ page }) => {
    await page.goto("/list-your-course/");
    await fillValidCourse(page);
    await page.getByLabel("Email address").fill("");
    await page
      .getByRole("group", { name: "Academic credit" })
      .getByRole("radio", { name: /^Credit rated/ })
      .check();
    await page.getByRole("button", { name: "Add a run" }).click();
    await fillDate(run(page, 1), presentationWording.start.label, "12", "5", "2027");
    await page.getByRole("button", { name: "Check your entry" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeVisible();
    const targets = await summary.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(targets).toEqual(
      expect.arrayContaining([
        "#f-credits-0-scheme",
        "#f-creditRating-ratedBy",
        "#f-presentations-0-cost-amount",
        "#f-contact-email",
      ]),
    );
    // The summary follows the order of the form.
    expect(targets.indexOf("#f-credits-0-scheme")).toBeLessThan(targets.indexOf("#f-contact-email"));
    await expect(page.locator("#f-contact-email-group .error-message")).toBeVisible();
  });

  test("a second click while checking shows one set of messages", async ({ page }) => {
    await page.goto("/list-your-course/");
    const button = page.getByRole("button", { name: "Check your entry" });
    await button.click();
    await button.click();
    await expect(page.locator(".error-summary")).toHaveCount(1);
    await expect(page.locator(".error-summary li").first()).toBeVisible();
    const ids = await page.locator(".error-message").evaluateAll((messages) => messages.map((message) => message.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("says so when the check cannot run, and works once the connection is back", async ({ page }) => {
    await page.route("**/api/providers.json", (route) => route.abort());
    await page.goto("/list-your-course/");
    await page.getByRole("button", { name: "Check your entry" }).click();
    await expect(page.getByRole("heading", { name: "Your entry could not be checked" })).toBeVisible();
    await page.unroute("**/api/providers.json");
    await page.getByRole("button", { name: "Check your entry" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  });

  test("with errors shown, meets WCAG 2.2 AA at 320 px wide", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto("/list-your-course/");
    await page.getByLabel("Course title").fill("A course");
    await page.getByRole("button", { name: "Check your entry" }).click();
    await expect(page.locator(".error-summary")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("List your course, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says the form needs JavaScript and offers the example file and email instead", async ({ page }) => {
    await page.goto("/list-your-course/");
    await expect(page.locator("#course-form")).toBeHidden();
    const notice = page.locator("#form-without-javascript");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("The form needs JavaScript");
    await expect(notice.getByRole("link", { name: "the example further down this page" })).toHaveAttribute(
      "href",
      "#write-the-file",
    );
    await expect(notice.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
    const example = await page.locator("#template-text").textContent();
    expect(example).toContain("# Course title as learners will see it. (Required. Text, up to 150 characters.)");
    // The example is a real entry from the catalogue, so copying it gives a file that passes the checks.
    const [, id] = /^id: (\S+)$/m.exec(example!)!;
    const [, folder] = /^provider: (\S+)$/m.exec(example!)!;
    expect(await validatorSays(example!, id!, folder)).toEqual([]);
    const start = new URL(
      (await page.getByRole("link", { name: "Open a new course file on GitHub" }).getAttribute("href"))!,
    );
    expect(start.pathname).toMatch(/\/new\/main$/);
    expect(start.searchParams.get("filename")).toBe("content/courses/your-provider-id/your-course-id.md");
  });
});
