import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".wasm": "application/wasm",
};
/** Types a static host compresses; Pagefind's own files are compressed already and served as they are. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

/** The headers a `_headers` file (Netlify, Cloudflare Pages) gives every path (`/*`), if the site has one. */
function headersForEveryPath(root: string): Record<string, string> {
  const file = path.join(root, "_headers");
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let everyPath = false;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!/^\s/.test(line)) everyPath = line.trim() === "/*";
    else if (everyPath && line.includes(":")) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/**
 * Serves a built site as a static host does: a folder's index.html at the folder, 404.html with status 404,
 * text compressed with gzip when the browser accepts it, and the `_headers` file's headers for every path.
 * For measuring the built site (Lighthouse), not for production.
 */
export function serveStatic(folder: string, port: number, host = "127.0.0.1"): Promise<Server> {
  const root = path.resolve(folder);
  const headers = headersForEveryPath(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let file = path.join(root, decodeURIComponent(url.pathname));
    const inside = path.relative(root, file);
    if (inside.startsWith("..") || path.isAbsolute(inside)) file = "";
    else if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    const found = file !== "" && existsSync(file) && statSync(file).isFile();
    const served = found ? file : path.join(root, "404.html");
    const type = TYPES[path.extname(served)] ?? "application/octet-stream";
    let body = existsSync(served) ? readFileSync(served) : Buffer.from("Not found");
    const compress = COMPRESSED.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    if (compress) body = gzipSync(body);
    response.writeHead(found ? 200 : 404, {
      ...headers,
      "Content-Type": type,
      "Content-Length": body.length,
      ...(compress ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
    });
    response.end(request.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
