/**
 * What the searcher has asked for. It lives in the URL's query string so a
 * search can be shared, survives a reload, and back/forward step through it.
 */
export interface SearchState {
  /** Free-text term; "" browses every course. */
  readonly term: string;
  /** Sort order id; "" means the default for the term (relevance with a term, soonest start without). */
  readonly sort: string;
  /** Selected values per filter key; values in one filter are ORed, filters are ANDed. */
  readonly filters: ReadonlyMap<string, ReadonlySet<string>>;
  /** Search the words as typed, without correcting a word that finds nothing. */
  readonly asTyped: boolean;
}

export const emptyState: SearchState = { term: "", sort: "", filters: new Map(), asTyped: false };

const TERM = "q";
const AS_TYPED = "as-typed";
const SORT = "sort";

/** Reads state from a query string such as "?q=dementia&theme=communication&theme=team-working". */
export function stateFromQuery(query: string, filterKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(query);
  const filters = new Map<string, Set<string>>();
  for (const key of filterKeys) {
    const values = params.getAll(key).filter((value) => value !== "");
    if (values.length > 0) filters.set(key, new Set(values));
  }
  return {
    term: (params.get(TERM) ?? "").trim(),
    sort: params.get(SORT) ?? "",
    filters,
    asTyped: params.get(AS_TYPED) === "yes",
  };
}

/** Writes state as a query string, filters in the given order so equal states give equal URLs. */
export function queryFromState(state: SearchState, filterKeys: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.term) params.set(TERM, state.term);
  if (state.asTyped && state.term) params.set(AS_TYPED, "yes");
  if (state.sort) params.set(SORT, state.sort);
  for (const key of filterKeys)
    for (const value of [...(state.filters.get(key) ?? [])].sort()) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** State with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const filters = new Map(state.filters);
  const values = new Set(filters.get(key) ?? []);
  if (on) values.add(value);
  else values.delete(value);
  if (values.size > 0) filters.set(key, values);
  else filters.delete(key);
  return { ...state, filters };
}

/** State with every filter removed but the term and sort kept: search term and filters are independent. */
export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: new Map() };
}
