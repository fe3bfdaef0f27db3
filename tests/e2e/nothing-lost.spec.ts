import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { todayIso } from "../../src/domain/dates.ts";
import { calendarEvents } from "../../src/exports/course-calendar.ts";
import {
  CURRENT_INDEX_FILE,
  readIndexName,
  shardFolder,
  type CurrentIndexFile,
} from "../../src/search/index-shards.ts";
import { parse } from "csv-parse/sync";
import { courseDownload, sampleCatalogue } from "./catalogue.ts";
import { many, xcriCourses as coursesInFeed, type XmlNode } from "./xml.ts";

const dist = path.resolve(import.meta.dirname, "../../dist");

test("nothing is lost: every course file reaches its page, the search index and every export, with every run", async ({
  request,
}) => {
  const { courses, fileCount, providers, pathways } = await sampleCatalogue();
  expect(courses.length + providers.length + pathways.length).toBe(fileCount);
  // Every pathway file reaches its page and the pathways export.
  const exportedPathways = (await (await request.get("/api/pathways.json")).json()) as { pathways: { id: string }[] };
  expect(exportedPathways.pathways.map(({ id }) => id).sort()).toEqual(pathways.map(({ data }) => data.id).sort());
  for (const { data } of pathways) expect((await request.get(`/pathways/${data.id}/`)).status(), data.id).toBe(200);
  const active = courses.filter(({ data }) => data.status === "active");

  const pages = (await readdir(path.join(dist, "courses"), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(pages.sort()).toEqual(courses.map(({ data }) => data.id).sort());

  // Every shard of the search index, as Pagefind's entry files count their pages.
  const readJson = async (file: string) => JSON.parse(await readFile(path.join(dist, "pagefind", file), "utf8"));
  const { shards } = readIndexName(((await readJson(CURRENT_INDEX_FILE)) as CurrentIndexFile).index);
  let indexed = 0;
  for (const shard of shards.keys()) {
    const entry = (await readJson(`${shardFolder(shard)}pagefind-entry.json`)) as {
      languages: Record<string, { page_count: number }>;
    };
    indexed += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  }
  expect(indexed).toBe(active.length);

  const json = (await (await request.get("/api/courses.json")).json()) as {
    courses: { id: string; presentations: { id: string }[] }[];
  };
  expect(json.courses).toHaveLength(courses.length);

  const xcriCourses = coursesInFeed(await (await request.get("/feeds/xcri-cap.xml")).text());
  expect(xcriCourses).toHaveLength(active.length);

  const csv = parse(await (await request.get("/api/courses.csv")).text(), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  for (const { data } of courses) {
    const runs = data.presentations.map((run) => run.id);
    expect(
      json.courses.find((c) => c.id === data.id)!.presentations.map((run) => run.id),
      data.id,
    ).toEqual(runs);
    expect(
      csv.filter((row) => row.course_id === data.id && row.run_id !== "").map((row) => row.run_id),
      data.id,
    ).toEqual(runs);
    if (data.status === "active") {
      const item = xcriCourses.find((course) => String(course["dc:identifier"]).endsWith(`/courses/${data.id}/`))!;
      expect(many(item.presentation as XmlNode[]), data.id).toHaveLength(runs.length);
    }
    // A calendar offers the dates still to come (of the clock's current runs); the exports above hold every run.
    const events = calendarEvents(data, todayIso());
    if (events.length > 0) {
      // iCalendar folds long lines; unfold them before reading (RFC 5545, 3.1).
      const calendar = await courseDownload(request, data.id, `${data.id}.ics`);
      const ics = calendar!.text.replace(/\r?\n[ \t]/g, "");
      for (const event of events) expect(ics, `${data.id}/${event.run.id}`).toContain(`UID:${event.uid}`);
    }
  }
});
