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
  /** A town or postcode to search near, as typed; "" for anywhere. */
  readonly near: string;
  /** How far from `near` a run's venue may be, in miles: one of DISTANCES. */
  readonly within: number;
  /** Whether a search near a place keeps runs you can follow online (as well as those near it). */
  readonly withOnline: boolean;
}

/** The distances a search near a place offers, in miles. */
export const DISTANCES = [5, 10, 25, 50] as const;
/** The distance a search near a place starts with. */
export const DEFAULT_WITHIN = 25;

export const emptyState: SearchState = {
  term: "",
  sort: "",
  filters: new Map(),
  asTyped: false,
  near: "",
  within: DEFAULT_WITHIN,
  withOnline: true,
};

const TERM = "q";
const AS_TYPED = "as-typed";
const SORT = "sort";
const NEAR = "near";
const WITHIN = "within";
/** `online=exclude` leaves out online runs from a search near a place (a form's checkbox sends it when ticked). */
const ONLINE = "online";
const EXCLUDE = "exclude";

/** Reads state from a query string such as "?q=dementia&theme=communication&theme=team-working". */
export function stateFromQuery(query: string, filterKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(query);
  const filters = new Map<string, Set<string>>();
  for (const key of filterKeys) {
    const values = params.getAll(key).filter((value) => value !== "");
    if (values.length > 0) filters.set(key, new Set(values));
  }
  const within = Number(params.get(WITHIN));
  return {
    term: (params.get(TERM) ?? "").trim(),
    sort: params.get(SORT) ?? "",
    filters,
    asTyped: params.get(AS_TYPED) === "yes",
    near: (params.get(NEAR) ?? "").trim(),
    within: (DISTANCES as readonly number[]).includes(within) ? within : DEFAULT_WITHIN,
    withOnline: params.get(ONLINE) !== EXCLUDE,
  };
}

/** Writes state as a query string, filters in the given order so equal states give equal URLs. */
export function queryFromState(state: SearchState, filterKeys: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.term) params.set(TERM, state.term);
  if (state.asTyped && state.term) params.set(AS_TYPED, "yes");
  if (state.near) {
    params.set(NEAR, state.near);
    params.set(WITHIN, String(state.within));
    if (!state.withOnline) params.set(ONLINE, EXCLUDE);
  }
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

/** State with every filter (and the place) removed but the term and sort kept: search term and filters are independent. */
export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: new Map(), near: "" };
}
