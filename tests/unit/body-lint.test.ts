import { describe, expect, it } from "vitest";
import { readAsRendered } from "../../src/markdown/tree.ts";
import { lintBody, readWithRemark, type MarkdownReader } from "../../src/validator/core/body-lint.ts";

// Every case runs through both parsers the check is used with, so they cannot drift apart.
describe.each([
  ["remark, as the List your course form reads", readWithRemark],
  ["satteri, as the validator and the renderer read", (markdown: string) => readAsRendered(markdown)],
] satisfies [string, MarkdownReader][])("body lint, read by %s", (_, read) => {
  const lint = (body: string) => lintBody(body, read);
  const messages = (body: string) =>
    lint(body).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

  it("accepts Markdown with https links", () => {
    expect(lint("Some **bold** text.\n\n- a list\n\n[The university](https://www.example.ac.uk/cpd)\n")).toEqual([]);
  });

  it("refuses an empty body", () => {
    expect(messages("\n  \n")).toEqual(["1:1 Enter a description"]);
  });

  it("refuses raw HTML, block and inline, at its line", () => {
    expect(messages("Intro\n\n<script>alert(1)</script>\n\nText with <img src=x onerror=alert(1)> inline\n")).toEqual([
      "3:1 Raw HTML is not allowed in descriptions",
      "5:11 Raw HTML is not allowed in descriptions",
    ]);
  });

  it("refuses HTML comments, which would reach the page", () => {
    expect(messages("Text\n\n<!-- hidden -->\n")).toEqual(["3:1 Raw HTML is not allowed in descriptions"]);
  });

  it.each([
    ["plain", "[x](javascript:alert(1))"],
    ["mixed case", "[x](JaVaScRiPt:alert(1))"],
    ["entity-encoded", "[x](java&#x73;cript:alert(1))"],
    ["tab inside the scheme", "[x](<java\tscript:alert(1)>)"],
    ["encoded tab inside the scheme", "[x](java&#x09;script:alert(1))"],
    ["autolink", "<javascript:alert(1)>"],
    ["reference definition", "[x][r]\n\n[r]: javascript:alert(1)"],
  ])("refuses a javascript: link (%s)", (_name, body) => {
    expect(messages(body)).toContainEqual(expect.stringContaining('"javascript:" links are not allowed'));
  });

  it.each([
    ["data", "[x](data:text/html;base64,PHNjcmlwdD4=)"],
    ["vbscript", "[x](vbscript:msgbox(1))"],
    ["file", "[x](file:///etc/passwd)"],
  ])("refuses %s: links", (scheme, body) => {
    expect(messages(body)).toEqual([`1:1 Links must go to a web page; "${scheme}:" links are not allowed`]);
  });

  // Read without GitHub's tables, a backtick pair spanning cells looks like code; the site's renderer
  // splits the row at the pipes first, and the "code" would reach the page as HTML or a live link.
  it.each([
    ["a script", "| `x | <script>alert(1)</script> | y` |", "Raw HTML is not allowed"],
    ["an image with a handler", "| `x | <img src=x onerror=alert(1)> | y` |", "Raw HTML is not allowed"],
    ["a javascript: link", "| `x | [c](javascript:alert(1)) | y` |", '"javascript:" links are not allowed'],
  ])("refuses %s hidden in a table as the site's renderer reads it", (_name, row, message) => {
    expect(messages(`| a | b | c |\n|---|---|---|\n${row}\n`)).toContainEqual(expect.stringContaining(message));
  });

  it("refuses images, which would load from another site", () => {
    expect(messages("![A chart](https://tracker.example.com/pixel.png)")).toEqual([
      "1:1 Images are not allowed in descriptions",
    ]);
  });
});
