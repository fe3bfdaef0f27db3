/**
 * A JSON document (RFC 8259) as the site publishes it: indented two spaces for
 * people who open it, or compact where the file is large.
 */
export function jsonDocument(value: unknown, layout: "indented" | "compact" = "indented"): string {
  return layout === "compact" ? JSON.stringify(value) : JSON.stringify(value, null, 2);
}
