import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { ratingStatusOf } from "../../src/domain/credit-rating.ts";
import { cpdRecordSchema, cpdRecordText } from "../../src/exports/cpd-record.ts";
import { achievementSchema } from "../../src/exports/open-badge.ts";
import { todayIso } from "../../src/domain/dates.ts";
import { courseDownload, sampleCatalogue } from "./catalogue.ts";

/** Active courses with a credit rating or a request for one: what the register must list. */
async function rated() {
  const { courses } = await sampleCatalogue();
  return courses
    .filter(({ data }) => data.status === "active" && ratingStatusOf(data, todayIso()) !== undefined)
    .map(({ data }) => data);
}

test("every credit-rated or pending course appears once in the register and once in its CSV", async ({
  page,
  request,
}) => {
  const expected = (await rated()).map((course) => course.title).sort();
  expect(expected.length).toBeGreaterThan(0);
  await page.goto("/credit-ratings/");
  const listed = await page.locator("table.register tbody th[scope=row]").allTextContents();
  expect(listed.map((title) => title.trim()).sort()).toEqual(expected);

  const csv = parse(await (await request.get("/credit-ratings.csv")).text(), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  expect(csv.map((row) => row.Activity).sort()).toEqual(expected);
  for (const row of csv) expect(Number(row["ECTS credits"] || 0) * 2).toBe(Number(row["CATS credits"] || 0));
});

test("the register can be sorted and filtered without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/credit-ratings/");
  await page.getByRole("link", { name: "Activity", exact: true }).click();
  const titles = (await page.locator("table.register tbody th[scope=row]").allTextContents()).map((t) => t.trim());
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en-GB")));
  await page.getByRole("link", { name: "pending", exact: true }).click();
  const statuses = await page.locator("table.register tbody td .tag").allTextContents();
  for (const status of statuses) expect(status.trim()).toBe("Pending");
  await context.close();
});

test("CPD records and Open Badges achievements match their published JSON schemas", async ({ request }) => {
  const { courses } = await sampleCatalogue();
  const publishedCpd = await (await request.get("/schemas/cpd-record.schema.json")).json();
  expect(publishedCpd).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(cpdRecordSchema))));
  for (const { data } of courses) {
    const download = await courseDownload(request, data.id, `${data.id}-cpd-record.json`);
    expect(download?.type, data.id).toBe("application/json;charset=utf-8");
    const record = JSON.parse(download!.text);
    expect(cpdRecordSchema.safeParse(record).success, data.id).toBe(true);
    expect(record.learningOutcomes).toEqual(data.learningOutcomes);
    // Beside it, the same record in words, to read, print or fill in.
    const text = await courseDownload(request, data.id, `${data.id}-cpd-record.txt`);
    expect(text?.type, data.id).toBe("text/plain;charset=utf-8");
    expect(text!.text, data.id).toBe(cpdRecordText(record));
  }
  const inForce = (await rated()).filter(
    (course) => course.creditStatus === "credit-rated" && ratingStatusOf(course, todayIso()) !== "lapsed",
  );
  expect(inForce.length).toBeGreaterThan(0);
  for (const course of inForce) {
    const badge = await (await request.get(`/courses/${course.id}/achievement.json`)).json();
    const parsed = achievementSchema.safeParse(badge);
    expect(parsed.success, `${course.id}: ${parsed.error?.message}`).toBe(true);
    expect(badge.creditsAvailable).toBe(course.credits.find((c) => c.scheme === "CATS")?.value);
  }
  const dist = path.resolve(import.meta.dirname, "../../dist");
  expect(JSON.parse(await readFile(path.join(dist, "schemas/achievement.schema.json"), "utf8")).type).toBe("object");
});

test("the credit calculator converts as you type, and its table works without JavaScript", async ({ page }) => {
  await page.goto("/credit-calculator/");
  await page.getByLabel("Amount").fill("95");
  await expect(page.locator("#calculator-result")).toHaveText(
    "95 hours = 9 CATS credits = 4.5 ECTS credits = 9 SCQF credit points",
  );
  await page.getByLabel("Of").selectOption("ects");
  await page.getByLabel("Amount").fill("7.5");
  await expect(page.locator("#calculator-result")).toHaveText(
    "150 hours = 15 CATS credits = 7.5 ECTS credits = 15 SCQF credit points",
  );
  await expect(page.locator("table tbody tr").first()).toContainText("10");
});
