import { COMPRESSIBLE_TYPES, folderPattern, IMMUTABLE, IMMUTABLE_FOLDERS, REVALIDATE } from "./caching.ts";

/**
 * The site's security policy, in one place for the meta tag on every page and
 * the header files written for static hosts.
 *
 * Everything loads from the site itself: no third-party scripts, styles, fonts
 * or images. Pagefind compiles its WebAssembly search engine in the browser,
 * which needs 'wasm-unsafe-eval' (it allows WebAssembly only, not JavaScript
 * eval). It runs on the page itself, not in a worker, so no worker may load.
 */
const directives: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self' 'wasm-unsafe-eval'",
  "style-src": "'self'",
  "img-src": "'self'",
  "font-src": "'self'",
  "connect-src": "'self'",
  "worker-src": "'none'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
};

/** The policy for the meta tag (frame-ancestors is ignored there, so it is only sent as a header). */
export const contentSecurityPolicy = Object.entries(directives)
  .map(([name, value]) => `${name} ${value}`)
  .join("; ");

/** Response headers for hosts that read a headers file, such as Netlify or Cloudflare Pages. */
export const securityHeaders: Record<string, string> = {
  "Content-Security-Policy": `${contentSecurityPolicy}; frame-ancestors 'none'`,
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

/** The files the build writes for hosts to read (not pages of the site): a `_headers` file and an nginx include. */
export const HOST_FILES = { headers: "_headers", nginx: "security-headers.conf" } as const;

/**
 * A `_headers` file (Netlify, Cloudflare Pages) applying the headers to every path, and a year's
 * caching to the folders whose file names change with their content (caching.ts). Other files get
 * no Cache-Control here: those hosts already send one that revalidates on every use, and join
 * the values of a header two rules set. Those hosts compress text responses themselves; the file
 * says so, as a reader may look for it here.
 * `folders` are the site's folders to cache for a year, from builtImmutableFolders (caching.ts), with no
 * `*`: those hosts drop a rule with two `*` without a word. Left out, those of IMMUTABLE_FOLDERS without one.
 */
export function headersFile(
  base = "/",
  folders: readonly string[] = IMMUTABLE_FOLDERS.map(({ folder }) => folder).filter((folder) => !folder.includes("*")),
): string {
  const everyPath = Object.entries(securityHeaders)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join("\n");
  const immutable = folders.map((folder) => `${base}${folder}*\n  Cache-Control: ${IMMUTABLE}\n`).join("");
  return `# Compression: Netlify and Cloudflare Pages compress HTML, CSS, scripts and JSON themselves.\n/*\n${everyPath}\n${immutable}`;
}

/**
 * The same headers as an nginx include, for self-hosting: `include /path/to/security-headers.conf;`
 * in the `server` block, with compression for text (HTML is compressed whenever gzip is on) and
 * the cache lifetimes of caching.ts. nginx drops a server's `add_header` lines in a location that
 * has its own, so each location repeats them.
 */
export function nginxInclude(base = "/"): string {
  const headers = (cacheControl: string, indent: string) =>
    [...Object.entries(securityHeaders), ["Cache-Control", cacheControl]]
      .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
      .join("\n");
  const locations = IMMUTABLE_FOLDERS.map(({ folder }) =>
    folder.includes("*")
      ? `location ~ ^${folderPattern(`${base}${folder}`)} {\n${headers(IMMUTABLE, "  ")}\n}\n`
      : `location ^~ ${base}${folder} {\n${headers(IMMUTABLE, "  ")}\n}\n`,
  ).join("");
  return `${headers(REVALIDATE, "")}\ngzip on;\ngzip_vary on;\ngzip_types ${COMPRESSIBLE_TYPES.join(" ")};\n${locations}`;
}
