import { browseFacets } from "../domain/facets.ts";

/**
 * The site's navigation, in one place: the header's primary links (the tasks
 * people come for: search, browse, see coverage and credit ratings, list a
 * course) and the footer's. Paths are relative to the site's base.
 */
export interface NavigationItem {
  readonly path: string;
  readonly label: string;
  /** Other paths under which this item is the current section ("courses/" for Browse). */
  readonly sections?: readonly string[];
}

/** The header's links, in the order people need them; they fit two lines on a 320 px phone. */
export const primaryNavigation: readonly NavigationItem[] = [
  { path: "search/", label: "Search" },
  {
    path: "courses/",
    label: "Browse",
    // Every browse page: the A to Z, providers, and each facet's pages (themes, professions…).
    sections: ["courses/", "courses-by-date/", "providers/", ...browseFacets.map((facet) => `${facet.browse.folder}/`)],
  },
  { path: "coverage/", label: "Coverage" },
  { path: "credit-ratings/", label: "Credit ratings" },
  { path: "list-your-course/", label: "List your course" },
];

/** The footer's links: everything else a reader may look for. */
export const footerNavigation: readonly NavigationItem[] = [
  { path: "providers/", label: "Providers" },
  { path: "themes/", label: "Themes" },
  { path: "credit-calculator/", label: "Credit calculator" },
  { path: "pathways/", label: "Pathways to awards" },
  { path: "api/courses.json", label: "Open data" },
  { path: "glossary/", label: "Glossary" },
  { path: "about/", label: "About" },
  { path: "accessibility/", label: "Accessibility statement" },
];

/**
 * Whether `item` is the section of the page at `pathname` (relative to the base): its own page or,
 * for an item with sections, any page under one of them.
 */
export function isCurrentSection(item: NavigationItem, pathname: string): boolean {
  if (pathname === item.path) return true;
  return (item.sections ?? []).some((section) => pathname.startsWith(section));
}
