/**
 * The labels of what a result says of a course and its run (see courseFacts in runs.ts), in the order
 * they are shown: the search page's cards, its CSV download and the browse lists all use these.
 * Distance is added by the search page, near a place.
 */
export const factLabels = {
  starts: "Starts",
  where: "Where",
  distance: "Distance",
  cost: "Cost",
  applyBy: "Apply by",
  length: "Length",
} as const;

/** Every fact's label, in the order shown. */
export const factOrder: readonly string[] = Object.values(factLabels);
