import type { CatalogueCourse } from "../domain/facets.ts";
import { soonestFirst } from "./browse-list.ts";
import { paginate, type ListPage } from "./pagination.ts";

/** The two orders the list of every course comes in, each under a folder of its own. */
export const courseOrders = {
  title: { folder: "courses/", label: "A to Z", title: "All courses", description: "A to Z" },
  start: {
    folder: "courses-by-date/",
    label: "Soonest start",
    title: "All courses, soonest start first",
    description: "soonest start first",
  },
} as const;

export type CourseOrderId = keyof typeof courseOrders;

/** Every active course in one of the orders, split into pages. */
export function allCoursesPages(
  active: readonly CatalogueCourse[],
  order: CourseOrderId,
  asOf: string,
): ListPage<CatalogueCourse>[] {
  // The catalogue hands over its courses A to Z by title.
  return paginate(order === "start" ? soonestFirst(active, asOf) : active);
}
