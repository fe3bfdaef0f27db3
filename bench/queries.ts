/**
 * The representative queries, as a user makes them: words typed into the
 * search box, filter boxes ticked, or both. Filter keys and values are the
 * search page's own (`data-filter` and `value` of its checkboxes).
 */
export interface BenchQuery {
  readonly name: string;
  readonly kind: "term" | "facet" | "facets" | "term+facets" | "browse";
  readonly term?: string;
  readonly filters?: readonly (readonly [key: string, value: string])[];
}

export const QUERIES: readonly BenchQuery[] = [
  { name: "dementia", kind: "term", term: "dementia" },
  { name: "safeguarding children", kind: "term", term: "safeguarding children" },
  { name: "mental health", kind: "term", term: "mental health" },
  { name: "leadership", kind: "term", term: "leadership" },
  { name: "carers", kind: "term", term: "carers" },
  { name: "theme: partnership working", kind: "facet", filters: [["theme", "partnership-working"]] },
  { name: "start: next 3 months", kind: "facet", filters: [["start", "next-3-months"]] },
  {
    name: "social worker + inter-professional + online",
    kind: "facets",
    filters: [
      ["profession", "social-worker"],
      ["mix", "inter-professional"],
      ["attendance", "online"],
    ],
  },
  {
    name: "assessment + theme: communication + credit-rated",
    kind: "term+facets",
    term: "assessment",
    filters: [
      ["theme", "communication"],
      ["credit", "credit-rated"],
    ],
  },
  { name: "browse all", kind: "browse" },
];

/** The query string a shared link to this search has (the search page reads `q` and each filter key). */
export function queryString(query: BenchQuery): string {
  const params = new URLSearchParams();
  if (query.term) params.set("q", query.term);
  for (const [key, value] of query.filters ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}
