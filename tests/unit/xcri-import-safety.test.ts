import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/import/xcri/ids.ts";
import { FEED_LIMITS } from "../../src/import/xcri/limits.ts";
import { FeedError, readFeed } from "../../src/import/xcri/read-feed.ts";
import { safeTarget } from "../../src/import/xcri/write-entry.ts";
import { lintBody } from "../../src/validator/core/body-lint.ts";
import { feedWith, freshOutDir, importInto, readEntry } from "../helpers/xcri.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("reading an untrusted feed", () => {
  it("refuses a DOCTYPE, so no external entity or entity bomb is ever expanded", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE catalog [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <catalog xmlns="http://xcri.org/profiles/1.2/catalog"><provider>&secret;</provider></catalog>`;
    expect(() => readFeed(bytes(xxe))).toThrow(FeedError);
    const bomb = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
      <catalog xmlns="http://xcri.org/profiles/1.2/catalog">&lol2;</catalog>`;
    expect(() => readFeed(bytes(bomb))).toThrow(/DOCTYPE|not well-formed/);
  });

  it("refuses text that is not well-formed XML, not UTF-8, or not an XCRI-CAP catalog", () => {
    expect(() => readFeed(bytes("<catalog><provider></catalog>"))).toThrow(/not well-formed XML/);
    expect(() => readFeed(new Uint8Array([0x3c, 0xff, 0xfe, 0x3e]))).toThrow("The feed is not UTF-8 text");
    expect(() => readFeed(bytes("<catalog/>"))).toThrow(/root element is not an XCRI-CAP <catalog>/);
    expect(() => readFeed(bytes('<rss xmlns="http://xcri.org/profiles/1.2/catalog"/>'))).toThrow(/found <rss>/);
  });

  it("reads a feed with a byte order mark and CRLF line ends", () => {
    const text = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<catalog xmlns="http://xcri.org/profiles/1.2/catalog">\r\n</catalog>\r\n`;
    expect(readFeed(bytes(text)).localName).toBe("catalog");
  });

  it("refuses a feed over the size limit before parsing it", () => {
    expect(() => readFeed(new Uint8Array(FEED_LIMITS.maxFeedBytes + 1))).toThrow(/importer reads feeds of up to/);
  });
});

describe("writing what a stranger's feed says", () => {
  it("turns any title into an id in our pattern, so it cannot leave the content folder", () => {
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
    expect(slugify("C:\\Windows\\System32")).toBe("c-windows-system32");
    expect(slugify("Café & Crème")).toBe("cafe-and-creme");
    expect(slugify("x".repeat(200))).toHaveLength(80);
    expect(() => safeTarget("/tmp/content", "../outside.md")).toThrow(/Refusing to write outside/);
  });

  it("keeps hostile titles inside the output folder", async () => {
    const outDir = await freshOutDir();
    await importInto(
      outDir,
      feedWith("<course><dc:title>../../../evil</dc:title><dc:identifier>javascript:alert(1)</dc:identifier></course>"),
    );
    expect(await readdir(path.join(outDir, "courses/test-provider"))).toEqual(["evil.md"]);
  });

  it("lets no raw HTML, script, image or javascript:/data: link reach the Markdown body", async () => {
    const outDir = await freshOutDir();
    const description = `<dc:description><h:div>
      <h:p>Safe <h:a href="https://example.org/ok">link</h:a>.</h:p>
      <h:p><h:a href="javascript:alert(1)">js</h:a> <h:a href=" JaVaScRiPt:alert(1)">spaced</h:a>
        <h:a href="data:text/html;base64,PHNjcmlwdD4=">data</h:a> <h:a href="/relative">relative</h:a></h:p>
      <h:img src="https://example.org/x.png" onerror="alert(1)"/><h:script>alert(1)</h:script>
      <h:iframe src="https://evil.example"/><h:p>&lt;script&gt;alert(1)&lt;/script&gt;</h:p>
      </h:div></dc:description>`;
    const report = await importInto(outDir, feedWith(`<course><dc:title>Hostile</dc:title>${description}</course>`));
    const { body } = await readEntry(outDir, "courses/test-provider/hostile.md");
    expect(lintBody(body)).toEqual([]);
    expect(body).not.toMatch(/javascript|data:|img|onerror|iframe|\(\/relative\)/i);
    // Text that merely looks like a tag was text in the feed; it is escaped, so it stays text.
    expect(body).not.toMatch(/(?<!\\)</);
    expect(body).toContain("\\<script>alert(1)\\</script>");
    expect(body).toContain("[link](https://example.org/ok)");
    expect(report.courses[0]!.unmapped.map((item) => item.value)).toEqual([
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "/relative",
      "https://example.org/x.png",
    ]);
  });

  it("writes a feed's text as data: YAML-looking and Markdown-looking titles stay text", async () => {
    const outDir = await freshOutDir();
    await importInto(outDir, feedWith("<course><dc:title>yes: no\n--- # [x](javascript:1)</dc:title></course>"));
    const [file] = await readdir(path.join(outDir, "courses/test-provider"));
    const { data } = await readEntry(outDir, `courses/test-provider/${file}`);
    expect(data.title).toBe("yes: no --- # [x](javascript:1)");
    expect(await readFile(path.join(outDir, `courses/test-provider/${file}`), "utf8")).toMatch(/^title: '/m);
  });
});
