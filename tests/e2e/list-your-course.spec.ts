import { expect, test, type Page } from "@playwright/test";
import { courseFileFromForm } from "../../src/contribute/course-form.ts";
import { entryFromForm } from "../../src/contribute/form-entry.ts";
import { todayIso } from "../../src/domain/dates.ts";
import { lintInProcess } from "../../src/validator/core/body-lint.ts";
import { checkDraft } from "../../src/validator/core/check-draft.ts";
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

test.describe("List your course, with JavaScript", () => {
  test("shows the validator's own messages for a form sent empty, linked to their fields", async ({ page }) => {
    await page.goto("/list-your-course/");
    await page.getByRole("button", { name: "Check your entry" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.locator("#form-errors")).toBeFocused();
    // With no title there is no id to make from it; the form reports the missing title, not the id it would make.
    const expected = await validatorSays(courseFileFromForm(entryFromForm([]), todayIso()).text, "", provider.id, "id");
    const shown = await summary.locator("li").allTextContents();
    expect(shown.length).toBe(expected.length);
    for (const message of expected)
      expect(
        shown.some((text) => text.includes(message)),
        message,
      ).toBe(true);
    // The link for the title's problem takes keyboard focus to the title field.
    const titleLink = summary.locator('a[href="#f-title"]');
    await titleLink.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Course title")).toBeFocused();
    await expect(page.locator("#f-title-group .error-message")).toBeVisible();
    await expect(page.getByLabel("Course title")).toHaveAttribute("aria-describedby", /error-/);
  });

  test("turns a complete form into a file that passes the validator, ready to propose on GitHub", async ({ page }) => {
    await page.goto("/list-your-course/");
    await fillValidCourse(page);
    await page.getByLabel("Start date").fill("2027-05-12");
    await page.getByLabel("Study mode").selectOption({ index: 1 });
    await page.getByLabel("Where learners attend").selectOption({ index: 1 });
    await page.getByLabel("When learners attend").selectOption({ index: 1 });
    await page.getByLabel("Some or all of it is online").check();
    await page.getByLabel("Fee in pounds").fill("0");
    await page.getByRole("button", { name: "Check your entry" }).click();
    const result = page.locator("#form-result");
    await expect(result.getByRole("heading", { name: "Your entry is ready" })).toBeVisible();
    const path = `content/courses/${provider.id}/working-together-across-teams.md`;
    await expect(page.locator("#result-path")).toHaveText(path);
    // rel comes with the address: the built page's <a> has neither (an <a> without href may not carry rel).
    await expect(page.getByRole("link", { name: "Propose it on GitHub" })).toHaveAttribute("rel", "noopener");
    const propose = new URL((await page.getByRole("link", { name: "Propose it on GitHub" }).getAttribute("href"))!);
    expect(propose.pathname).toMatch(/\/new\/main$/);
    expect(propose.searchParams.get("filename")).toBe(path);
    const text = propose.searchParams.get("value")!;
    expect(text).toContain("  - Share information safely");
    await expect(page.locator("#result-too-long")).toBeHidden();
    expect(text).toContain("start: '2027-05-12'");
    expect(await validatorSays(text, "working-together-across-teams")).toEqual([]);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the file" }).click();
    expect((await download).suggestedFilename()).toBe("working-together-across-teams.md");
    expect(await axeViolations(page)).toEqual([]);
    // The two buttons line up.
    const [proposeBox, downloadBox] = await Promise.all([
      page.getByRole("link", { name: "Propose it on GitHub" }).boundingBox(),
      page.getByRole("button", { name: "Download the file" }).boundingBox(),
    ]);
    if (proposeBox!.y + proposeBox!.height > downloadBox!.y) expect(downloadBox!.y).toBe(proposeBox!.y);

    // Changed after the check, the entry is no longer the file offered: it must be checked again.
    await page.getByLabel("Course title").fill("Working together across teams, revised");
    await expect(result).toBeHidden();
  });

  test("refuses an id another course already has", async ({ page }) => {
    const existing = catalogue.courses[0]!.data;
    await page.goto("/list-your-course/");
    await fillValidCourse(page, existing.title);
    await page.getByLabel("Short id (optional)").fill(existing.id);
    await page.getByRole("button", { name: "Check your entry" }).click();
    await expect(page.locator(".error-summary")).toContainText(`Another course already has the id "${existing.id}"`);
  });

  test("sends each problem with a group of fields to the field that needs filling in", async ({ page }) => {
    await page.goto("/list-your-course/");
    await fillValidCourse(page);
    await page.getByLabel("Email address").fill("");
    await page
      .getByRole("group", { name: "Academic credit" })
      .getByRole("radio", { name: /^Credit rated/ })
      .check();
    await page.getByLabel("Start date").fill("2027-05-12");
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
    await expect(page).toHaveTitle(/^Error: /);
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

  test("offers a documented example file instead of the form", async ({ page }) => {
    await page.goto("/list-your-course/");
    await expect(page.locator("#course-form")).toBeHidden();
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
