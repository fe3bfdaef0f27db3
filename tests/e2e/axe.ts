import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** axe's rule tags for WCAG 2.2 level AA (and the levels below it), the standard the site is held to. */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** What axe finds wrong on the page as it stands, one line per rule ("id: help (nodes)"); empty when nothing. */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_22_AA): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags([...tags]).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
}
