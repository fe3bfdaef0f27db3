import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { describedJsonSchema } from "../../src/docs/json-schema.ts";
import { coursesExportSchema, providersExportSchema } from "../../src/exports/catalogue-json.ts";
import { todayIso } from "../../src/domain/dates.ts";
import { calendarEvents } from "../../src/exports/course-calendar.ts";
import { courseDownload, sampleCatalogue } from "./catalogue.ts";
import { many, parseXml, xcriCourses, type XmlNode } from "./xml.ts";

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
  expect(published).toEqual(JSON.parse(JSON.stringify(describedJsonSchema(coursesExportSchema))));
  // API users see each field's meaning, from the same doc comments as CONTRIBUTING.md.
  expect(published.properties.courses.items.properties.title.description).toBe("Course title as learners will see it.");
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

test("each course with dates to come has a calendar holding exactly those events; withdrawn and past runs have none", async ({
  request,
}) => {
  const { courses } = await sampleCatalogue();
  for (const { data } of courses) {
    const events = calendarEvents(data, todayIso());
    // The course page carries its calendar as a download link, so a course is one file in the built site.
    const calendar = await courseDownload(request, data.id, `${data.id}.ics`);
    if (events.length === 0) {
      expect(calendar, data.id).toBeUndefined();
      continue;
    }
    expect(data.status, data.id).toBe("active");
    expect(calendar!.type, data.id).toBe("text/calendar;charset=utf-8");
    // iCalendar folds long lines; unfold them before reading (RFC 5545, 3.1).
    const ics = calendar!.text.replace(/\r?\n[ \t]/g, "");
    expect(
      [...ics.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]!.trim()),
      data.id,
    ).toEqual(events.map((event) => event.uid));
  }
});

test("each coverage table's counts equal what search finds with the same filters, and gaps are marked", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto("/coverage/");
  await expect(page.locator("table.coverage td.gap").first()).toContainText("Gap");
  // From every table (the indicators' too): its first count, its last, and one under a column of several values.
  const links: { href: string; text: string }[] = [];
  for (const table of await page.locator("table").all()) {
    const cells = table.locator("td a[href*='search/']");
    const count = await cells.count();
    expect(count).toBeGreaterThan(0);
    for (const cell of [cells.first(), cells.nth(count - 1)])
      links.push({ href: (await cell.getAttribute("href"))!, text: (await cell.textContent())! });
  }
  const joined = page.locator("table td a[href*='funding=free&funding=funded']").first();
  links.push({ href: (await joined.getAttribute("href"))!, text: (await joined.textContent())! });
  for (const { href, text } of links) {
    const expected = Number(text.trim().match(/^\d+/)![0]);
    await page.goto(href);
    await expect(page.locator("#results-heading"), href).toHaveText(new RegExp(`^${expected} courses?$`));
  }
});

test("the XCRI-CAP feed, read back with an XML parser, has every active course with its credits and runs", async ({
  request,
}) => {
  const { courses } = await sampleCatalogue();
  const active = courses.filter(({ data }) => data.status === "active").map(({ data }) => data);
  const text = await (await request.get("/feeds/xcri-cap.xml")).text();
  expect((parseXml(text).catalog as XmlNode)["@xmlns"]).toBe("http://xcri.org/profiles/1.2/catalog");
  const feedCourses = xcriCourses(text);
  expect(feedCourses).toHaveLength(active.length);
  for (const course of active) {
    const item = feedCourses.find((candidate) => candidate["dc:title"] === course.title)!;
    expect(item, course.id).toBeDefined();
    const credits = many(item["mlo:credit"] as XmlNode[]).map(
      (credit) => `${credit["credit:scheme"]}/${credit["credit:level"]}/${credit["credit:value"]}`,
    );
    expect(credits).toEqual(course.credits.map((credit) => `${credit.scheme}/${credit.level}/${credit.value}`));
    const runs = many(item.presentation as XmlNode[]).map((run) => String(run["dc:identifier"]).split("#run-")[1]);
    expect(runs).toEqual(course.presentations.map((run) => run.id));
  }
});

test("the Atom feeds parse and list courses newest first", async ({ request }) => {
  for (const url of ["/feeds/courses.atom.xml", "/feeds/themes/communication.atom.xml"]) {
    const feed = parseXml(await (await request.get(url)).text()).feed as XmlNode;
    const entries = many(feed.entry as XmlNode[]);
    expect(entries.length, url).toBeGreaterThan(0);
    const updated = entries.map((entry) => String(entry.updated));
    expect(updated).toEqual([...updated].sort().reverse());
  }
});
