import { describe, expect, it } from "vitest";
import { askFor, createSearchPageState } from "../../src/search/client/page-state.ts";
import { PAGE } from "../../src/search/client/paging.ts";
import { emptyState, stateFromQuery } from "../../src/search/client/state.ts";

describe("what the search page remembers", () => {
  it("starts on the search read from the URL, with nothing searched, drawn or typed yet", () => {
    const search = stateFromQuery("?q=dementia&theme=communication", ["theme"]);
    expect(createSearchPageState(search)).toEqual({
      search,
      outcome: undefined,
      shown: PAGE,
      latest: 0,
      drawings: 0,
      listed: undefined,
      typing: false,
      typedSinceSearch: false,
    });
    expect(createSearchPageState(search).search).toBe(search);
  });

  it("gives each page its own state", () => {
    const first = createSearchPageState(emptyState);
    first.latest = 3;
    expect(createSearchPageState(emptyState).latest).toBe(0);
  });

  it("starts a new search's list again at one page, keeping the counters and results shown", () => {
    const page = createSearchPageState(emptyState);
    const outcome = { results: [], counts: {}, withoutFilter: {}, term: "", pending: new Set<string>() };
    Object.assign(page, { shown: PAGE * 3, latest: 4, drawings: 7, outcome, listed: outcome.results });
    const next = { ...emptyState, term: "carers" };
    askFor(page, next);
    expect(page.search).toBe(next);
    expect(page.shown).toBe(PAGE);
    expect(page).toMatchObject({ latest: 4, drawings: 7, outcome, listed: outcome.results });
  });
});
