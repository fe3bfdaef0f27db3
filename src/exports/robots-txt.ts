/** robots.txt (Robots Exclusion Protocol, RFC 9309): allows every crawler and points them at the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
