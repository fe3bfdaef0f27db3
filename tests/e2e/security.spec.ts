import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { sampleCatalogue } from "./catalogue.ts";

/** One page of every type, including search with a term and filters (which loads Pagefind). */
async function pageTypes(): Promise<string[]> {
  const { courses, providers } = await sampleCatalogue();
  return [
    "/",
    "/courses/",
    `/courses/${courses[0]!.data.id}/`,
    "/providers/",
    `/providers/${providers[0]!.data.id}/`,
    "/themes/",
    "/themes/communication/",
    "/glossary/",
    "/about/",
    "/search/?q=carers&theme=role-awareness",
    "/credit-ratings/",
    "/credit-calculator/",
    "/404.html",
  ];
}

test("no page makes a request to another site or breaks its content security policy", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== "data:") foreign.push(`${page.url()} -> ${request.url()}`);
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const url of await pageTypes()) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    if (url.startsWith("/search/")) await expect(page.locator("#results-heading")).toHaveText(/^\d+ course/);
  }
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test("every page carries the content security policy, and external links do not expose the page", async ({
  request,
}) => {
  for (const url of await pageTypes()) {
    const html = await (await request.get(url)).text();
    expect(html, url).toContain(
      `http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`,
    );
    for (const [link] of html.matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g))
      expect(link, url).toMatch(/rel="[^"]*noopener/);
  }
});

test("search works when the host sends the security headers with every response, worker included", async ({ page }) => {
  // A static host applies _headers to every response, including Pagefind's worker script, whose
  // WebAssembly engine then needs 'wasm-unsafe-eval'. Serve the built site the same way.
  const headers = parseHeadersFile(await readFile(path.resolve(import.meta.dirname, "../../dist/_headers"), "utf8"));
  await page.route("**/*", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/search/?q=carers");
  await expect(page.locator("#results-heading")).toHaveText(/^[1-9]\d* courses? found/);
  expect(violations).toEqual([]);
  // Stop serving before the page closes, so requests still in flight do not fail the test.
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

/** Reads the headers a `_headers` file sets for every path. */
function parseHeadersFile(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split("\n")
      .filter((line) => line.startsWith("  "))
      .map((line) => {
        const [name, ...value] = line.trim().split(": ");
        return [name!, value.join(": ")];
      }),
  );
}

test("the build writes security headers for static hosts", async () => {
  const dist = path.resolve(import.meta.dirname, "../../dist");
  const headers = await readFile(path.join(dist, "_headers"), "utf8");
  expect(headers).toContain("Content-Security-Policy: default-src 'self'");
  expect(headers).toContain("frame-ancestors 'none'");
  const nginx = await readFile(path.join(dist, "security-headers.conf"), "utf8");
  expect(nginx).toContain('add_header Referrer-Policy "strict-origin-when-cross-origin" always;');
  // Served compressed by nginx too; Netlify and Cloudflare Pages compress on their own.
  expect(nginx).toMatch(/^gzip on;$/m);
  expect(nginx).toMatch(/^gzip_types .*application\/json.*;$/m);
});
