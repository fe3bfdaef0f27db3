/**
 * A tiny static file server for the benchmark: serves a built folder on
 * localhost, gzips text the way static hosts do (Pagefind's own files are
 * already compressed and are sent as they are), and resolves /dir/ to
 * /dir/index.html.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { PassThrough } from "node:stream";
import { performance } from "node:perf_hooks";
import { createGzip } from "node:zlib";

/**
 * What the server has sent since the last reset: bytes on the wire (gzip where
 * used) and raw file bytes. Counted here rather than through the browser's
 * DevTools protocol, which does not see requests made from Pagefind's web worker.
 */
export interface TrafficSnapshot {
  readonly requests: number;
  readonly sent: number;
  readonly raw: number;
  readonly searchSent: number;
  readonly searchRaw: number;
}

export class Traffic {
  requests = 0;
  sent = 0;
  raw = 0;
  /** The part of sent and raw that is the search engine and its index (/pagefind/). */
  searchSent = 0;
  searchRaw = 0;
  /** performance.now() of the latest request, to tell when the page has gone quiet. */
  lastRequestAt = 0;
  readonly paths: string[] = [];
  reset(): void {
    this.requests = 0;
    this.sent = 0;
    this.raw = 0;
    this.searchSent = 0;
    this.searchRaw = 0;
    this.paths.length = 0;
  }
  snapshot(): TrafficSnapshot {
    const { requests, sent, raw, searchSent, searchRaw } = this;
    return { requests, sent, raw, searchSent, searchRaw };
  }
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".ics": "text/calendar; charset=utf-8",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".ics"]);

/** Starts serving `root` on 127.0.0.1:`port`; resolves once listening. */
export async function serve(root: string, port: number, traffic = new Traffic()): Promise<Server> {
  const server = createServer(async (request, response) => {
    traffic.lastRequestAt = performance.now();
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      let file = path.join(root, decodeURIComponent(url.pathname));
      if (!file.startsWith(root)) throw new Error("outside root");
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      const { size } = await stat(file);
      const extension = path.extname(file);
      const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
      response.setHeader("Content-Type", TYPES[extension] ?? "application/octet-stream");
      // Pagefind's file names carry a content hash except the entry points; let the browser cache for the run.
      response.setHeader("Cache-Control", "public, max-age=3600");
      traffic.requests++;
      traffic.raw += size;
      traffic.paths.push(url.pathname);
      const isSearch = url.pathname.includes("/pagefind/");
      if (isSearch) traffic.searchRaw += size;
      const counter = new PassThrough();
      counter.on("data", (chunk: Buffer) => {
        traffic.sent += chunk.length;
        if (isSearch) traffic.searchSent += chunk.length;
      });
      if (gzip) {
        response.setHeader("Content-Encoding", "gzip");
        createReadStream(file).pipe(createGzip()).pipe(counter).pipe(response);
      } else {
        response.setHeader("Content-Length", size);
        createReadStream(file).pipe(counter).pipe(response);
      }
    } catch {
      response.statusCode = 404;
      response.end("Not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}
