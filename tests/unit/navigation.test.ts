import { describe, expect, it } from "vitest";
import { browseFacets } from "../../src/domain/facets.ts";
import { footerNavigation, isCurrentSection, primaryNavigation } from "../../src/site/navigation.ts";

describe("the site's navigation", () => {
  const item = (label: string) => primaryNavigation.find((candidate) => candidate.label === label)!;

  it("puts the tasks people come for in the header, and the rest in the footer, each once", () => {
    expect(primaryNavigation.map(({ label }) => label)).toEqual([
      "Search",
      "Browse",
      "Coverage",
      "Credit ratings",
      "List your course",
    ]);
    const paths = [...primaryNavigation, ...footerNavigation].map(({ path }) => path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("marks Browse as the section of every browse page, and each other item of its own page", () => {
    expect(isCurrentSection(item("Browse"), "courses/some-course/")).toBe(true);
    expect(isCurrentSection(item("Browse"), "providers/irwell/")).toBe(true);
    for (const facet of browseFacets) expect(isCurrentSection(item("Browse"), `${facet.browse.folder}/x/`)).toBe(true);
    expect(isCurrentSection(item("Search"), "search/")).toBe(true);
    expect(isCurrentSection(item("Search"), "")).toBe(false);
    expect(isCurrentSection(item("Coverage"), "credit-ratings/")).toBe(false);
  });
});
