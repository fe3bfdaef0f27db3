import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findStraySpaces, readableText, straySpacesIn } from "../../src/build-checks/punctuation.ts";

describe("spaces before punctuation in built pages", () => {
  it("finds a space a formatter put between an inline element and the punctuation after it", () => {
    expect(straySpacesIn("<p>Open it on <a href='/x'>GitHub</a>\n  , paste the example.</p>")).toEqual([
      "Open it on GitHub , paste the example.",
    ]);
    expect(straySpacesIn("<p>Next check due <time>3 August 2027</time>\n .</p>")).toEqual([
      "Next check due 3 August 2027 .",
    ]);
    expect(straySpacesIn("<dd>200 hours\n  , of which 42 learning with others</dd>")).toEqual([
      "200 hours , of which 42 learning with others",
    ]);
    expect(
      straySpacesIn("<li><a href='#'>Social worker</a>\n<span class='print-hide'>: a definition</span></li>"),
    ).toEqual(["Social worker : a definition"]);
    expect(straySpacesIn("<p>(see the glossary )</p><p>one ; two</p>")).toEqual(["(see the glossary )", "one ; two"]);
  });

  it("leaves alone code, scripts, styles, attributes, comments, tags that break text, and dots that start a word", () => {
    const html = [
      '<p title="a , b">Name the file <code>course .md</code> or <kbd>x ,</kbd>.</p>',
      "<pre>a , b</pre><script>const a = [1 , 2];</script><style>a { color: red ; }</style><!-- a , b -->",
      "<td>Cost</td>\n<td>: £120</td>",
      "<p>Files end in .md and cost .5 hours; numbers like 1,000 and times 10:30 are fine.</p>",
      "<p>Words,<a href='/x'>links</a>, and <strong>bold</strong>: all joined.</p>",
    ].join("\n");
    expect(straySpacesIn(html)).toEqual([]);
  });

  it("reads entities, so a non-breaking space before a colon counts too", () => {
    expect(readableText("<p>A&amp;B&#44; &lt;c&gt;</p>")).toBe("\0A&B, <c>\0");
    expect(straySpacesIn("<p>Gap&nbsp;: none</p>")).toEqual(["Gap : none"]);
  });

  it("reports each page with the words around each stray space", async () => {
    const dist = await mkdtemp(path.join(tmpdir(), "punctuation-"));
    await mkdir(path.join(dist, "courses/a"), { recursive: true });
    await writeFile(path.join(dist, "index.html"), "<p>All fine, thank you.</p>");
    await writeFile(path.join(dist, "courses/a/index.html"), "<p>Free\n  <span>Free</span> .</p>");
    expect(await findStraySpaces(dist)).toEqual([{ page: "courses/a/index.html", snippet: "Free Free ." }]);
  });
});
