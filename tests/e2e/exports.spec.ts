import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { coursesExportSchema, providersExportSchema } from "../../src/exports/catalogue-json.ts";
import { sampleCatalogue } from "./catalogue.ts";

test("the JSON exports hold every course and provider and match their published schemas", async ({ request }) => {
  const { courses, providers } = await sampleCatalogue();
  const exported = coursesExportSchema.parse(await (await request.get("/api/courses.json")).json());
  expect(exported.courses.map((c) => c.id).sort()).toEqual(courses.map(({ data }) => data.id).sort());
  for (const { data } of courses) {
    const item = exported.courses.find((c) => c.id === data.id)!;
    expect(
      item.presentations.map((run) => run.id),
      data.id,
    ).toEqual(data.presentations.map((run) => run.id));
  }
  const exportedProviders = providersExportSchema.parse(await (await request.get("/api/providers.json")).json());
  expect(exportedProviders.providers).toHaveLength(providers.length);
  const published = await (await request.get("/api/courses.schema.json")).json();
  expect(published).toEqual(
    JSON.parse(JSON.stringify(z.toJSONSchema(coursesExportSchema, { io: "output", unrepresentable: "any" }))),
  );
});

test("the CSV export has every run of every course, and a row for each course without runs", async ({ request }) => {
  const { courses } = await sampleCatalogue();
  const rows = parse(await (await request.get("/api/courses.csv")).text(), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  const expected = courses.flatMap(({ data }) =>
    data.presentations.length === 0 ? [`${data.id}/`] : data.presentations.map((run) => `${data.id}/${run.id}`),
  );
  expect(rows.map((row) => `${row.course_id}/${row.run_id}`).sort()).toEqual(expected.sort());
});

test("each course with dated runs has a calendar with one event per dated run", async ({ request }) => {
  const { courses } = await sampleCatalogue();
  for (const { data } of courses) {
    const dated = data.presentations.filter((run) => run.start !== undefined);
    const response = await request.get(`/courses/${data.id}/calendar.ics`);
    if (dated.length === 0) continue;
    const ics = await response.text();
    expect(ics.match(/BEGIN:VEVENT/g)?.length, data.id).toBe(dated.length);
  }
});

test("each coverage cell's count equals what search finds with the same filters, and gaps are marked", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/coverage/");
  const cells = page.locator("table.coverage td a");
  const count = await cells.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.locator("table.coverage td.gap").first()).toContainText("Gap");
  const sample = [0, Math.floor(count / 2), count - 1];
  const links = await Promise.all(
    sample.map(async (index) => ({
      href: (await cells.nth(index).getAttribute("href"))!,
      text: (await cells.nth(index).textContent())!,
    })),
  );
  for (const { href, text } of links) {
    const expected = Number(text.trim().match(/^\d+/)![0]);
    await page.goto(href);
    await expect(page.locator("#results-heading"), href).toHaveText(new RegExp(`^${expected} courses?$`));
  }
});
