/**
 * Limits that keep a hostile or broken feed from exhausting memory or filling
 * the catalogue. Real feeds are far inside them: the largest known (Adam Smith
 * College, 2012) is 1.3 MB with 334 courses.
 */
export const FEED_LIMITS = {
  /** Largest feed read, in bytes. */
  maxFeedBytes: 50 * 1024 * 1024,
  /** Most courses imported from one feed; the rest are skipped with a reason. */
  maxCourses: 5000,
  /** Most runs imported for one course; the rest are reported. */
  maxPresentationsPerCourse: 200,
  /** Deepest XHTML nesting converted; deeper content is kept as plain text. */
  maxMarkupDepth: 40,
  /** Longest Markdown description written for one entry, in characters. */
  maxDescriptionChars: 100_000,
} as const;
