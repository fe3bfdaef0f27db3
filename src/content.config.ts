import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { courseSchema, providerSchema } from "./domain/schema/index.ts";
import { contentDir } from "./integrations/content-dir.ts";

/**
 * The two collections, validated by the same schemas as `npm run validate`.
 * Entries are keyed by their front matter id (which the validator checks
 * equals the file name), so URLs never depend on folder layout.
 */
const providers = defineCollection({
  loader: glob({ pattern: "*.md", base: `${contentDir()}/providers`, generateId: ({ data }) => String(data.id) }),
  schema: providerSchema,
});

const courses = defineCollection({
  loader: glob({ pattern: "*/*.md", base: `${contentDir()}/courses`, generateId: ({ data }) => String(data.id) }),
  schema: courseSchema,
});

export const collections = { providers, courses };
