import { describe, expect, it } from "vitest";
import { courseSchema, providerSchema } from "../../src/domain/schema/index.ts";
import { coursesExport, coursesJsonChunks } from "../../src/exports/catalogue-json.ts";
import { coursesCsv, coursesCsvChunks } from "../../src/exports/courses-csv.ts";
import { jsonDocument } from "../../src/exports/json.ts";
import { attributes, withAttributes, xmlDocument, xmlDocumentChunks, type XmlElements } from "../../src/exports/xml.ts";
import { streamedResponse } from "../../src/site/streamed-response.ts";
import { validCourse, validProvider } from "../helpers/catalogue.ts";

const item = (n: number): XmlElements => ({
  ...attributes({ id: `item-${n}` }),
  "dc:title": `Course ${n} <b>& "friends"</b>`,
  // Text over several lines keeps its lines as they are.
  "dc:description": `First paragraph.\n\nSecond paragraph\n- a list item`,
  nested: { deeper: [withAttributes("text", { lang: "en" }), "more"] },
});

describe("documents written in chunks", () => {
  for (const count of [0, 1, 3]) {
    it(`write the same XML as one tree, with ${count} repeated elements`, () => {
      const content: XmlElements = { ...attributes({ xmlns: "urn:x" }), "dc:description": "A & B" };
      const items = Array.from({ length: count }, (_, n) => item(n));
      const chunks = [...xmlDocumentChunks("catalog", content, "provider", items)];
      expect(chunks.join("")).toBe(xmlDocument("catalog", { ...content, provider: items }));
      // One chunk per element, and the document around them.
      expect(chunks).toHaveLength(count + 2);
    });
  }
});

describe("the whole-catalogue exports written in chunks", () => {
  const provider = providerSchema.parse(validProvider());
  const run = (validCourse().presentations as Record<string, unknown>[])[0]!;
  const entries = Array.from({ length: 5 }, (_, n) => ({
    course: courseSchema.parse(
      validCourse({ id: `course-${n}`, title: `Course "${n}", with commas`, presentations: n === 2 ? [] : [run] }),
    ),
    provider,
    body: `About course ${n}.\n`,
  }));
  const page = (id: string) => `https://courses.example.org/courses/${id}/`;
  const options = { asOf: "2026-11-25", generatedAt: "2026-11-25T09:00:00.000Z", page };

  it("write api/courses.json as the whole document would be written, one course a chunk", () => {
    const chunks = [...coursesJsonChunks(entries, options)];
    expect(chunks.join("")).toBe(jsonDocument(coursesExport(entries, options), "compact"));
    expect(chunks).toHaveLength(entries.length + 2);
    expect([...coursesJsonChunks([], options)].join("")).toBe(jsonDocument(coursesExport([], options), "compact"));
  });

  it("write the courses CSV the same however many courses a chunk holds", () => {
    const whole = [...coursesCsvChunks(entries, options, 1000)].join("");
    expect([...coursesCsvChunks(entries, options, 2)].join("")).toBe(whole);
    expect(coursesCsv(entries, options)).toBe(whole);
    // The byte order mark once, at the start; a header and a row per run or run-less course.
    expect(whole.indexOf("\uFEFF")).toBe(0);
    expect(whole.lastIndexOf("\uFEFF")).toBe(0);
    expect(whole.split("\r\n").filter(Boolean)).toHaveLength(1 + entries.length);
  });

  it("send chunks as one response body, whole", async () => {
    const text = "é".repeat(40_000);
    const response = streamedResponse(["<a>", text, "", "</a>"], "application/xml; charset=utf-8");
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    expect(await response.text()).toBe(`<a>${text}</a>`);
  });
});
