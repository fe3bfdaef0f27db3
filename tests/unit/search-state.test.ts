import { describe, expect, it } from "vitest";
import { effectiveSort } from "../../src/search/client/sorts.ts";
import {
  clearFilters,
  DEFAULT_WITHIN,
  emptyState,
  queryFromState,
  stateFromQuery,
  toggleFilter,
} from "../../src/search/client/state.ts";

const keys = ["theme", "where", "credit"];

describe("search state in the URL", () => {
  it("reads a term, a sort and several values of several filters, ignoring unknown parameters", () => {
    const state = stateFromQuery(
      "?q=%20carers%20&sort=title&theme=communication&theme=team-working&where=online&utm=x",
      keys,
    );
    expect(state.term).toBe("carers");
    expect(state.sort).toBe("title");
    expect([...state.filters]).toEqual([
      ["theme", new Set(["communication", "team-working"])],
      ["where", new Set(["online"])],
    ]);
  });

  it("writes equal states as equal URLs, whatever order values were ticked in", () => {
    const a = toggleFilter(toggleFilter(emptyState, "where", "online", true), "theme", "team-working", true);
    const b = toggleFilter(toggleFilter(emptyState, "theme", "team-working", true), "where", "online", true);
    expect(queryFromState(a, keys)).toBe("?theme=team-working&where=online");
    expect(queryFromState(b, keys)).toBe(queryFromState(a, keys));
  });

  it("round-trips through the URL", () => {
    const query = "?q=dementia+care&sort=credits&theme=communication&theme=role-awareness&credit=accredited";
    expect(queryFromState(stateFromQuery(query, keys), keys)).toBe(query);
  });

  it("drops a filter when its last value is unticked, and keeps the term when filters are cleared", () => {
    const one = toggleFilter({ ...emptyState, term: "carers" }, "theme", "communication", true);
    expect(toggleFilter(one, "theme", "communication", false).filters.size).toBe(0);
    const cleared = clearFilters(toggleFilter(one, "where", "online", true));
    expect(cleared).toEqual({ ...emptyState, term: "carers" });
  });
});

describe("sort order", () => {
  it("defaults to best match with a term and soonest start without", () => {
    expect(effectiveSort("", true).id).toBe("relevance");
    expect(effectiveSort("", false).id).toBe("start");
  });

  it("ignores best match when there is no term, and honours any other choice", () => {
    expect(effectiveSort("relevance", false).id).toBe("start");
    expect(effectiveSort("credits", false).sort).toEqual({ credits: "desc" });
    expect(effectiveSort("nonsense", true).id).toBe("relevance");
  });
});

describe("searching the words as typed", () => {
  it("is kept in the URL only with a term, and read back", () => {
    const state = { ...emptyState, term: "demntia", asTyped: true };
    const query = queryFromState(state, []);
    expect(query).toBe("?q=demntia&as-typed=yes");
    expect(stateFromQuery(query, [])).toEqual(state);
    expect(queryFromState({ ...emptyState, asTyped: true }, [])).toBe("");
  });
});

describe("a search near a place in the URL", () => {
  it("keeps the place, the distance and whether online courses are left out", () => {
    const state = { ...emptyState, near: "Bolton", within: 10, withOnline: false };
    const query = queryFromState(state, []);
    expect(query).toBe("?near=Bolton&within=10&online=exclude");
    expect(stateFromQuery(query, [])).toEqual(state);
  });

  it("says nothing of distance without a place, and reads an unknown distance as the default", () => {
    expect(queryFromState({ ...emptyState, within: 5 }, [])).toBe("");
    expect(stateFromQuery("?near=WA2&within=7", []).within).toBe(DEFAULT_WITHIN);
    expect(stateFromQuery("?near=WA2", []).withOnline).toBe(true);
  });
});
