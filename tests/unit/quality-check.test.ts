import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  gateFailures,
  readNuMessages,
  scoresTable,
  sitePathOf,
  type Gates,
  type NuMessage,
  type PageScores,
} from "../../src/build-checks/quality.ts";
import { serveStatic } from "../../src/build-checks/static-server.ts";

const origin = "http://127.0.0.1:4398";

describe("Nu HTML Checker messages", () => {
  const missingHref: NuMessage = {
    type: "error",
    url: `${origin}/list-your-course/`,
    lastLine: 1848,
    firstColumn: 9,
    message: "Element “a” is missing required attribute “href”.",
    extract: '>\n        <a class="button" id="result-propose" rel="noopener">\n     ',
    hiliteStart: 10,
    hiliteLength: 53,
  };
  const csp = (script: string): NuMessage => ({
    type: "info",
    subType: "warning",
    url: `${origin}/courses/x/`,
    message: "Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.",
    extract: `xml">\n    ${script}{"@con`,
    hiliteStart: 10,
    hiliteLength: script.length,
  });

  it("fails on errors, with the page, line and markup", () => {
    const { errors } = readNuMessages([missingHref], origin);
    expect(errors).toEqual([
      {
        page: "/list-your-course/",
        line: 1848,
        column: 9,
        message: missingHref.message,
        markup: '<a class="button" id="result-propose" rel="noopener">',
      },
    ]);
  });

  it("reports warnings, drops info, and does not count the checker's CSP mistake about JSON-LD", () => {
    const result = readNuMessages(
      [
        csp('<script type="application/ld+json">'),
        csp("<script>"),
        { type: "info", url: `${origin}/`, message: "Trailing slash on void elements has no effect." },
      ],
      origin,
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.markup)).toEqual(["<script>"]);
    expect(Object.values(result.ignored)).toEqual([1]);
  });

  it("names a page by the path it is served at", () => {
    expect(sitePathOf("index.html")).toBe("/");
    expect(sitePathOf(path.join("courses", "x", "index.html"))).toBe("/courses/x/");
    expect(sitePathOf("404.html")).toBe("/404.html");
  });
});

describe("Lighthouse gates", () => {
  const gates: Gates = {
    accessibility: 100,
    "best-practices": 100,
    seo: 100,
    performance: (page) => (page === "/search/" ? 60 : 90),
  };
  const result = (page: string, performance: number, bestPractices = 100): PageScores => ({
    page,
    formFactor: "mobile",
    scores: { performance, accessibility: 100, "best-practices": bestPractices, seo: 100 },
    failedAudits: [],
    metrics: {},
  });

  it("holds each page to its own performance gate and every page to 100 elsewhere", () => {
    expect(gateFailures(result("/search/", 70), gates)).toEqual([]);
    expect(gateFailures(result("/", 70), gates)).toEqual(["/ mobile: performance 70 < 90"]);
    expect(gateFailures(result("/", 100, 96), gates)).toEqual(["/ mobile: best-practices 96 < 100"]);
  });

  it("tables the scores with failures in bold", () => {
    const table = scoresTable([result("/", 100, 96)], gates);
    expect(table).toContain("| `/` | 100 / 100 / **96** / 100 | – | 90 / 90 |");
  });
});

describe("the static server the check measures", () => {
  let root: string;
  let base: string;
  let close: () => void;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "quality-serve-"));
    mkdirSync(path.join(root, "about"));
    writeFileSync(path.join(root, "about", "index.html"), "<p>About</p>");
    writeFileSync(path.join(root, "404.html"), "<p>Not here</p>");
    writeFileSync(path.join(root, "_headers"), "/*\n  X-Content-Type-Options: nosniff\n");
    writeFileSync(`${root}-secret.txt`, "outside");
    const server = await serveStatic(root, 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
    rmSync(root, { recursive: true });
    rmSync(`${root}-secret.txt`);
  });

  it("serves a folder's index.html compressed, with the _headers file's headers", async () => {
    const response = await fetch(`${base}/about/`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe("<p>About</p>");
  });

  it("answers 404 with the site's 404 page, and nothing outside the folder", async () => {
    const missing = await fetch(`${base}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("<p>Not here</p>");
    const outside = await fetch(`${base}/..%2F${path.basename(root)}-secret.txt`);
    expect(outside.status).toBe(404);
  });
});
