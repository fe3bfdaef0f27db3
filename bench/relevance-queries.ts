/**
 * The judged query set (bench/relevance/queries.json): words people type,
 * each with the sample courses a searcher would want to find. Read and
 * checked here for the relevance benchmark and the relevance test.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/** The kinds of query the set covers, in the order reports show them. */
export const QUERY_KINDS = ["plain", "typo", "abbreviation", "synonym", "several-words", "place"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** Where the judged query set lives. */
export const QUERIES_FILE = path.resolve(import.meta.dirname, "relevance", "queries.json");

const judgedQuery = z.object({
  id: z.string().min(1),
  kind: z.enum(QUERY_KINDS),
  query: z.string().trim().min(1),
  /** Course ids (content file names without .md) a searcher would want to find. */
  relevant: z.array(z.string().min(1)).min(1),
  why: z.string().optional(),
});
const querySet = z.object({ about: z.string().optional(), queries: z.array(judgedQuery).min(1) });

export type JudgedQuery = z.infer<typeof judgedQuery>;

/** Reads and checks the judged query set; throws, naming the file, if it is not in the expected form. */
export async function loadJudgedQueries(file = QUERIES_FILE): Promise<JudgedQuery[]> {
  const parsed = querySet.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a judged query set:\n${z.prettifyError(parsed.error)}`);
  const { queries } = parsed.data;
  const seen = new Set<string>();
  for (const { id } of queries) {
    if (seen.has(id)) throw new Error(`${file}: the query id "${id}" is used twice`);
    seen.add(id);
  }
  return queries;
}

/**
 * Problems with the judgements against the courses a search can find: a
 * relevant id that is not an active course can never be found.
 */
export function judgementProblems(queries: readonly JudgedQuery[], searchable: ReadonlySet<string>): string[] {
  return queries.flatMap(({ id, relevant }) =>
    relevant
      .filter((course) => !searchable.has(course))
      .map((course) => `${id}: "${course}" is not an active course in the sample catalogue`),
  );
}
