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

/**
 * A `_headers` file (Netlify, Cloudflare Pages) applying the headers to every path. Those hosts
 * compress text responses themselves; the file says so, as a reader may look for it here.
 */
export function headersFile(): string {
  return `# Compression: Netlify and Cloudflare Pages compress HTML, CSS, scripts and JSON themselves.\n/*\n${Object.entries(
    securityHeaders,
  )
    .map(([name, value]) => `  ${name}: ${value}`)
    .join("\n")}\n`;
}

/**
 * Text the site serves that compresses well, for servers that must be told. Not the search index's
 * own files (`.pf_*`, `.json.gz`): Pagefind compresses them already, and the search page unpacks them.
 */
const COMPRESSIBLE_TYPES = [
  "text/css",
  "application/javascript",
  "text/javascript",
  "application/json",
  "application/ld+json",
  "application/xml",
  "application/atom+xml",
  "image/svg+xml",
  "text/calendar",
  "text/csv",
];

/**
 * The same headers as an nginx include, for self-hosting: `include /path/to/security-headers.conf;`,
 * with compression for text (HTML is compressed whenever gzip is on).
 */
export function nginxInclude(): string {
  return `${Object.entries(securityHeaders)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join("\n")}\ngzip on;\ngzip_vary on;\ngzip_types ${COMPRESSIBLE_TYPES.join(" ")};\n`;
}
