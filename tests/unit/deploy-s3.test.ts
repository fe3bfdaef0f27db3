import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type PutObjectCommandInput,
} from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { deploySite, MANIFEST_NAME } from "../../scripts/deploy/s3-deploy.ts";
import { builtImmutableFolders, IMMUTABLE, REVALIDATE } from "../../src/site/caching.ts";
import { headersFile, nginxInclude } from "../../src/site/security-headers.ts";

interface StoredObject {
  readonly body: Buffer;
  readonly contentType: string | undefined;
  readonly cacheControl: string | undefined;
  readonly contentEncoding: string | undefined;
}

const s3 = mockClient(S3Client);
/** The fake bucket: key → object. */
let bucket: Map<string, StoredObject>;
let puts: string[];

/** An in-memory S3 bucket behind the SDK's own commands, listing two keys a page to exercise paging. */
function fakeBucket() {
  bucket = new Map();
  puts = [];
  s3.reset();
  s3.on(PutObjectCommand).callsFake((input: PutObjectCommandInput) => {
    const body = Buffer.from(input.Body as Buffer | string);
    bucket.set(input.Key!, {
      body,
      contentType: input.ContentType,
      cacheControl: input.CacheControl,
      contentEncoding: input.ContentEncoding,
    });
    puts.push(input.Key!);
    return { ETag: `"${createHash("md5").update(body).digest("hex")}"` };
  });
  s3.on(ListObjectsV2Command).callsFake((input: { Prefix?: string; ContinuationToken?: string }) => {
    const keys = [...bucket.keys()].filter((key) => key.startsWith(input.Prefix ?? "")).sort();
    const start = Number(input.ContinuationToken ?? 0);
    const page = keys.slice(start, start + 2);
    return {
      Contents: page.map((Key) => ({
        Key,
        ETag: `"${createHash("md5").update(bucket.get(Key)!.body).digest("hex")}"`,
      })),
      IsTruncated: start + 2 < keys.length,
      NextContinuationToken: String(start + 2),
    };
  });
  s3.on(GetObjectCommand).callsFake((input: { Key: string }) => {
    const object = bucket.get(input.Key);
    if (!object) throw Object.assign(new Error("The specified key does not exist."), { name: "NoSuchKey" });
    return { Body: { transformToString: async () => object.body.toString("utf8") } };
  });
  s3.on(DeleteObjectsCommand).callsFake((input: { Delete: { Objects: { Key: string }[] } }) => {
    for (const { Key } of input.Delete.Objects) bucket.delete(Key);
    return {};
  });
}

/** A small built site with a file of every kind the build writes. */
/** The folders builtSite caches for a year, as the build lists them for `_headers` (with its later index shard). */
const IMMUTABLE_BUILT = builtImmutableFolders(async (parent) => (parent === "pagefind/shards/" ? ["1"] : []));

async function builtSite(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "deploy-dist-"));
  const files: Record<string, string> = {
    "index.html": "<!doctype html><title>Home</title>",
    "courses/dementia-care/index.html": "<!doctype html><title>Dementia care</title>",
    "courses/dementia-care/calendar.ics": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    "_astro/Base.B98g2X-r.css": "body{margin:0}",
    "_astro/search.COBo1-8I.js": "export {};",
    "pagefind/pagefind.js": "export {};",
    "pagefind/pagefind-entry.json": "{}",
    "pagefind/fragment/en_c2b0611.pf_fragment": "\u001f\u008bfragment",
    "pagefind/index/en_abc.pf_index": "\u001f\u008bindex",
    "pagefind/wasm.en.pagefind": "\u001f\u008bwasm",
    "pagefind/filter-sets/theme.json.gz": "\u001f\u008bfilter",
    // A later part of a search index of more than 10,000 courses.
    "pagefind/shards/1/pagefind-entry.json": "{}",
    "pagefind/shards/1/pagefind.en_d4e5f6.pf_meta": "\u001f\u008bmeta",
    "pagefind/shards/1/fragment/en_group_0a1b2c3d4e.pf_fragment": "\u001f\u008bfragment",
    "pagefind/shards/1/index/en_def.pf_index": "\u001f\u008bindex",
    "api/courses.json": "[]",
    "feeds/courses.xml": "<feed/>",
    "favicon.svg": "<svg/>",
    "robots.txt": "User-agent: *",
    "credit-ratings.csv": "a,b",
    _headers: headersFile("/", await IMMUTABLE_BUILT),
    "security-headers.conf": nginxInclude(),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const deploy = (dir: string, options: { delete?: boolean; dryRun?: boolean; prefix?: string } = {}) =>
  deploySite({ client: new S3Client({ region: "eu-west-2" }), bucket: "courses", dir, ...options });

describe("npm run deploy:s3", () => {
  beforeEach(fakeBucket);

  it("uploads everything first, nothing the second time, and one file after one changes", async () => {
    const dir = await builtSite();
    const first = await deploy(dir);
    expect(first.upload).toHaveLength(20);
    // Every site file and the manifest; never the host configuration files.
    expect([...bucket.keys()].sort()).toContain(MANIFEST_NAME);
    expect(bucket.has("_headers")).toBe(false);
    expect(bucket.has("security-headers.conf")).toBe(false);
    expect(bucket.size).toBe(21);
    // Long-lived assets go first and pages last, so no page links to a file not yet uploaded.
    const order = puts.filter((key) => key !== MANIFEST_NAME);
    // Uploads run side by side, so within a rank they finish in any order; between ranks, never.
    const rankOf = (key: string) =>
      key.startsWith("_astro/") || /^pagefind\/(shards\/\d+\/)?(fragment|index)\//.test(key)
        ? 0
        : key.endsWith(".html")
          ? 2
          : 1;
    const ranks = order.map(rankOf);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
    expect(ranks.at(-1)).toBe(2);

    puts = [];
    const second = await deploy(dir);
    expect(second.upload).toEqual([]);
    expect(second.unchanged).toBe(20);
    expect(puts).toEqual([MANIFEST_NAME]);

    await writeFile(
      path.join(dir, "courses/dementia-care/index.html"),
      "<!doctype html><title>Dementia care 2</title>",
    );
    puts = [];
    const third = await deploy(dir);
    expect(third.upload.map(({ file, reason }) => [file, reason])).toEqual([
      ["courses/dementia-care/index.html", "changed"],
    ]);
    expect(puts).toEqual(["courses/dementia-care/index.html", MANIFEST_NAME]);
    expect(bucket.get("courses/dementia-care/index.html")!.body.toString()).toContain("Dementia care 2");
  });

  it("stores each kind of file with its content type and cache lifetime, uncompressed", async () => {
    await deploy(await builtSite());
    const headers = (key: string) => {
      const { contentType, cacheControl, contentEncoding } = bucket.get(key)!;
      return { contentType, cacheControl, contentEncoding };
    };
    expect(headers("index.html")).toEqual({
      contentType: "text/html; charset=utf-8",
      cacheControl: REVALIDATE,
      contentEncoding: undefined,
    });
    expect(headers("_astro/Base.B98g2X-r.css")).toMatchObject({
      contentType: "text/css; charset=utf-8",
      cacheControl: IMMUTABLE,
    });
    expect(headers("_astro/search.COBo1-8I.js")).toMatchObject({
      contentType: "text/javascript; charset=utf-8",
      cacheControl: IMMUTABLE,
    });
    expect(headers("pagefind/fragment/en_c2b0611.pf_fragment")).toMatchObject({
      contentType: "application/octet-stream",
      cacheControl: IMMUTABLE,
    });
    expect(headers("pagefind/index/en_abc.pf_index")).toMatchObject({ cacheControl: IMMUTABLE });
    // Not named by their content: revalidated, so a page never meets an index of another build.
    expect(headers("pagefind/pagefind.js")).toMatchObject({ cacheControl: REVALIDATE });
    expect(headers("pagefind/pagefind-entry.json")).toMatchObject({
      contentType: "application/json",
      cacheControl: REVALIDATE,
    });
    // Packed by the build and unpacked by the page: no Content-Encoding, or the browser would unpack it first.
    expect(headers("pagefind/filter-sets/theme.json.gz")).toEqual({
      contentType: "application/gzip",
      cacheControl: REVALIDATE,
      contentEncoding: undefined,
    });
    expect(headers("courses/dementia-care/calendar.ics").contentType).toBe("text/calendar; charset=utf-8");
    expect(headers("feeds/courses.xml").contentType).toBe("application/xml");
    expect(headers("favicon.svg").contentType).toBe("image/svg+xml");
    expect(headers("credit-ratings.csv").contentType).toBe("text/csv; charset=utf-8");
    expect(headers("robots.txt").contentType).toBe("text/plain; charset=utf-8");
    expect(headers(MANIFEST_NAME).cacheControl).toBe("no-store");
  });

  it("gives the bucket the cache lifetimes _headers and the nginx include give", async () => {
    await deploy(await builtSite());
    const headers = headersFile("/", await IMMUTABLE_BUILT);
    const nginx = nginxInclude();
    // The paths _headers gives a year's caching (it gives every path the security headers, "/*").
    const headerRules = [...headers.matchAll(/^(\/\S*)$/gm)].map(([rule]) => rule!).filter((rule) => rule !== "/*");
    // Cloudflare Pages silently drops a rule with two "*" in its path.
    for (const rule of headerRules) expect(rule.split("*"), rule).toHaveLength(2);
    const byHeaders = (url: string) => headerRules.some((rule) => url.startsWith(rule.slice(0, -1)));
    const locations = [...nginx.matchAll(/^location (\^~|~) (\S+) \{$/gm)].map(([, kind, where]) =>
      kind === "~" ? new RegExp(where!) : { test: (url: string) => url.startsWith(where!) },
    );
    const byNginx = (url: string) => locations.some((location) => location.test(url));
    expect(bucket.has("pagefind/shards/1/fragment/en_group_0a1b2c3d4e.pf_fragment")).toBe(true);
    expect(headerRules).toEqual(
      expect.arrayContaining(["/pagefind/shards/1/fragment/*", "/pagefind/shards/1/index/*"]),
    );
    for (const [key, object] of bucket) {
      const immutable = object.cacheControl === IMMUTABLE;
      expect(byHeaders(`/${key}`), `_headers, ${key}`).toBe(immutable);
      expect(byNginx(`/${key}`), `nginx, ${key}`).toBe(immutable);
    }
    expect(bucket.get("pagefind/shards/1/index/en_def.pf_index")?.cacheControl).toBe(IMMUTABLE);
    expect(bucket.get("pagefind/shards/1/pagefind.en_d4e5f6.pf_meta")?.cacheControl).toBe(REVALIDATE);
    expect(nginx).toMatch(new RegExp(`^add_header Cache-Control "${REVALIDATE}" always;$`, "m"));
    expect(nginxInclude("/sub/")).toContain("location ~ ^/sub/pagefind/shards/[^/]+/fragment/ {");
  });

  it("lists what a dry run would change, and changes nothing", async () => {
    const dir = await builtSite();
    await deploy(dir);
    await writeFile(path.join(dir, "robots.txt"), "User-agent: *\nAllow: /");
    await rm(path.join(dir, "credit-ratings.csv"));
    const lines: string[] = [];
    puts = [];
    const dry = await deploySite({
      client: new S3Client({ region: "eu-west-2" }),
      bucket: "courses",
      dir,
      dryRun: true,
      delete: true,
      log: (line) => lines.push(line),
    });
    expect(dry.dryRun).toBe(true);
    expect(dry.upload.map(({ file }) => file)).toEqual(["robots.txt"]);
    expect(dry.remove).toEqual(["credit-ratings.csv"]);
    expect(lines).toContain("would upload robots.txt (changed)");
    expect(lines).toContain("would delete credit-ratings.csv");
    expect(puts).toEqual([]);
    expect(s3.commandCalls(DeleteObjectsCommand)).toHaveLength(0);
    expect(bucket.has("credit-ratings.csv")).toBe(true);
  });

  it("deletes removed files only when asked, and keeps to its prefix", async () => {
    const dir = await builtSite();
    bucket.set("other-site/index.html", {
      body: Buffer.from("x"),
      contentType: "text/html",
      cacheControl: "",
      contentEncoding: undefined,
    });
    await deploy(dir, { prefix: "site/" });
    await rm(path.join(dir, "credit-ratings.csv"));
    const kept = await deploy(dir, { prefix: "site/" });
    expect(kept.remove).toEqual(["site/credit-ratings.csv"]);
    expect(bucket.has("site/credit-ratings.csv")).toBe(true);
    const removed = await deploy(dir, { prefix: "site/", delete: true });
    expect(removed.deleted).toBe(true);
    expect(bucket.has("site/credit-ratings.csv")).toBe(false);
    expect(bucket.has("site/index.html")).toBe(true);
    expect(bucket.has("other-site/index.html")).toBe(true);
  });

  it("uploads again a file whose bytes were changed in the bucket by hand", async () => {
    const dir = await builtSite();
    await deploy(dir);
    bucket.set("robots.txt", { ...bucket.get("robots.txt")!, body: Buffer.from("tampered") });
    const again = await deploy(dir);
    expect(again.upload.map(({ file }) => file)).toEqual(["robots.txt"]);
  });
});
