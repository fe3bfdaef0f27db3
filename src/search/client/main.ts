import { startEngine, type Searched } from "./engine.ts";
import { catalogueCounts, facetTitle, filterInputs, showCounts, tickSelected, valueLabel } from "./filters-view.ts";
import { askFor, createSearchPageState, type Outcome } from "./page-state.ts";
import { FIRST_DRAW, PAGE } from "./paging.ts";
import { resultItem, type Shown } from "./results.ts";
import { noteSearchReturn, shownOnReturn } from "./return-to-results.ts";
import { effectiveSort, inIndexOrder, sortOptions } from "./sorts.ts";
import { NEAR_KEY } from "./nearby.ts";
import { understoodText } from "./understood-text.ts";
import { clearFilters, queryFromState, stateFromQuery, toggleFilter, type SearchState } from "./state.ts";

/** Most results a download holds: each result's details are fetched separately. */
const DOWNLOAD_LIMIT = 1000;

const app = document.querySelector<HTMLElement>("[data-search-app]")!;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>("search-form");
const filterForm = byId<HTMLElement>("filters");
const termInput = byId<HTMLInputElement>("search-term");
const nearInput = byId<HTMLInputElement>("search-near");
const nearError = byId<HTMLElement>("search-near-error");
const withinSelect = byId<HTMLSelectElement>("search-within");
const onlineBox = byId<HTMLInputElement>("search-online");
const sortSelect = byId<HTMLSelectElement>("search-sort");
const heading = byId<HTMLHeadingElement>("results-heading");
const status = byId<HTMLElement>("search-status");
const list = byId<HTMLUListElement>("results");
const more = byId<HTMLButtonElement>("show-more");
const empty = byId<HTMLElement>("no-results");
const tags = byId<HTMLElement>("selected-filters");
const download = byId<HTMLButtonElement>("download-results");
const panel = byId<HTMLDetailsElement>("filter-panel");
const understoodNote = byId<HTMLElement>("search-understood");
const showResults = byId<HTMLButtonElement>("show-results");
const filterKeys = [...new Set(filterInputs(filterForm).map((input) => input.dataset.filter!))];

/** The catalogue's counts, built into the page: exact while browsing everything, with no filter data loaded. */
const catalogue = catalogueCounts(filterForm);
/** Values the filter form offers; anything else in a shared URL is dropped rather than shown as a raw id. */
const knownValues = new Set(filterInputs(filterForm).map((input) => `${input.dataset.filter}=${input.value}`));
const readState = (): SearchState => {
  const read = stateFromQuery(location.search, filterKeys);
  let filters = read.filters;
  for (const [key, values] of read.filters)
    for (const value of values)
      if (!knownValues.has(`${key}=${value}`)) filters = toggleFilter({ ...read, filters }, key, value, false).filters;
  return { ...read, filters };
};
/** How long results must stay the same before screen readers are told of them. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * Tells screen reader users (the status live region). Results are said once they have settled,
 * not at every key typed; anything else is said at once, replacing results not yet said.
 */
function announce(text: string, whenSettled = false): void {
  window.clearTimeout(page.announcing);
  page.announcing = undefined;
  if (!whenSettled) {
    status.textContent = text;
    return;
  }
  page.announcing = window.setTimeout(() => {
    page.announcing = undefined;
    status.textContent = text;
  }, ANNOUNCE_AFTER_MS);
}

/** What the page remembers: the search asked for, the results shown, and the searches and drawings under way. */
const page = createSearchPageState(readState());
// Back from a course to this search: as many results as were shown when it was followed.
page.shown = Math.max(page.shown, shownOnReturn(sessionStorage, location.pathname + location.search) ?? 0);

// Started before the page's controls are set up, so Pagefind loads meanwhile.
/** The filter values a search's words can name, with their other names, as the page lists them. */
const namedValues = [...filterForm.querySelectorAll<HTMLElement>("[data-facet][data-matches-words]")].flatMap((facet) =>
  filterInputs(facet).map((input) => ({
    filter: input.dataset.filter!,
    value: input.value,
    label: input.dataset.label!,
    aliases: input.dataset.aliases ? input.dataset.aliases.split("|") : [],
  })),
);
const engine = startEngine(app.dataset.bundle!, app.dataset.places!, namedValues, {
  firstSearchHasWords: Boolean(page.search.term),
});

/** The address of the search last asked for, while it is not yet in the URL (see `remember`). */
let unwritten: { readonly url: string; readonly replace: boolean } | undefined;
/** The timer that writes an address a slow search has not yet written. */
let writeLater: number | undefined;
/**
 * The longest an address waits for its search's first results. Most searches draw sooner; one that
 * downloads a filter's data or Pagefind first may take seconds, and until its address is written,
 * Back skips it.
 */
const ADDRESS_WAIT_MS = 300;

/**
 * Puts the state in the URL: a new history entry for deliberate changes, a replacement while typing.
 * Written once the search's first results are drawn, after ADDRESS_WAIT_MS at most, or sooner when
 * anything else would read or write the URL (another change, a link followed, the page left): on a
 * catalogue's search page Chrome takes 13 to 16 ms over each history call, which came before the results.
 */
function remember(replace: boolean): void {
  writeAddress();
  unwritten = { url: `${location.pathname}${queryFromState(page.search, filterKeys)}`, replace };
  writeLater = window.setTimeout(writeAddress, ADDRESS_WAIT_MS);
}

/** Writes the address `remember` kept, if any. */
function writeAddress(): void {
  window.clearTimeout(writeLater);
  if (!unwritten) return;
  const { url, replace } = unwritten;
  unwritten = undefined;
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
}
// Before any link is followed, in the page (Skip to results) or away from it (a result, whose Back to
// results reads the address), and before the page is left or kept for Back.
document.addEventListener(
  "click",
  (event) => {
    if ((event.target as Element).closest?.("a[href]")) writeAddress();
  },
  { capture: true },
);
window.addEventListener("pagehide", writeAddress);

function syncControls(): void {
  // Only when the words differ, so a space being typed between two words is not taken away.
  if (termInput.value.trim() !== page.search.term) termInput.value = page.search.term;
  if (nearInput.value.trim() !== page.search.near) nearInput.value = page.search.near;
  withinSelect.value = String(page.search.within);
  onlineBox.checked = !page.search.withOnline;
  const hasTerm = Boolean(page.search.term);
  const hasPlace = Boolean(page.search.near);
  for (const option of sortSelect.options) {
    const sort = sortOptions.find((o) => o.id === option.value);
    option.disabled = (!hasTerm && sort?.needsTerm === true) || (!hasPlace && sort?.needsPlace === true);
    option.hidden = !hasPlace && sort?.needsPlace === true;
  }
  sortSelect.value = effectiveSort(page.search.sort, hasTerm, hasPlace).id;
  tickSelected(filterForm, page.search.filters);
  const selected =
    [...page.search.filters.values()].reduce((sum, values) => sum + values.size, 0) + (page.search.near ? 1 : 0);
  byId("filter-count").textContent = selected === 0 ? "" : ` (${selected} selected)`;
}

function renderTags(): void {
  tags.replaceChildren();
  if (page.search.filters.size === 0 && !page.search.near) return;
  const listOfTags = document.createElement("ul");
  listOfTags.className = "filter-tags";
  if (page.search.near) {
    const button = Object.assign(document.createElement("button"), { type: "button", className: "filter-tag" });
    button.dataset.removeFacet = NEAR_KEY;
    button.innerHTML = '<span class="visually-hidden">Remove filter: </span>';
    button.append(
      `Within ${page.search.within} miles of ${page.search.near}`,
      Object.assign(document.createElement("span"), { ariaHidden: "true", textContent: " ×" }),
    );
    const item = document.createElement("li");
    item.append(button);
    listOfTags.append(item);
  }
  for (const [key, values] of page.search.filters) {
    for (const value of values) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "filter-tag";
      button.dataset.filter = key;
      button.value = value;
      button.innerHTML = '<span class="visually-hidden">Remove filter: </span>';
      button.append(
        valueLabel(filterForm, key, value),
        Object.assign(document.createElement("span"), { ariaHidden: "true", textContent: " ×" }),
      );
      const item = document.createElement("li");
      item.append(button);
      listOfTags.append(item);
    }
  }
  const clear = Object.assign(document.createElement("button"), {
    type: "button",
    className: "link-button",
    textContent: "Clear all filters",
  });
  clear.dataset.clearAll = "";
  tags.append(
    Object.assign(document.createElement("h3"), { className: "tags-heading", textContent: "Selected filters" }),
    listOfTags,
    clear,
  );
}

/** Whether a drawing of the list is still the one wanted: the latest, of the results shown. */
const stillDrawing = (drawing: number, drawn: Outcome) =>
  drawing === page.drawings && drawn.results === page.outcome?.results;

/**
 * Draws the results of the outcome shown: the heading and the first
 * results as soon as their details arrive; resolves then, while the rest of
 * the page of results follows. The list is marked busy, with no "Show more",
 * until it is complete.
 */
async function renderResults(): Promise<void> {
  const drawn = page.outcome;
  if (!drawn) return;
  const drawing = ++page.drawings;
  const total = drawn.results.length;
  const noun = total === 1 ? "course" : "courses";
  const details = (from: number, to: number) => detailsOf(drawn, from, to);
  const kept = keptFromPage(drawn);
  const first = kept > 0 ? undefined : details(0, FIRST_DRAW);
  // Asked for once the first have arrived, so they do not share the connections with the first.
  const rest = (first ?? Promise.resolve()).then(() => details(kept || FIRST_DRAW, page.shown));
  rest.catch(() => {}); // Reported where it is awaited, not as unhandled while the first are awaited.
  if (first) {
    const firstData = await arrived(drawing, drawn, first);
    if (!firstData) return;
    // The count and the list change together, so what the heading announces is what is listed.
    list.replaceChildren(...firstData.map((item) => resultItem(item, Boolean(drawn.term))));
  }
  page.listed = drawn.results;
  // Which search the list holds, for tests and the relevance benchmark, which wait for a search's own results.
  list.dataset.term = drawn.term;
  // A corrected search is named by the words searched; the note below offers the words as typed.
  const searchedFor = understoodText(drawn.understood).corrected?.searched ?? drawn.term;
  const near =
    drawn.place && "found" in drawn.place ? ` within ${page.search.within} miles of ${drawn.place.found.name}` : "";
  heading.textContent = drawn.term ? `${total} ${noun} found for “${searchedFor}”${near}` : `${total} ${noun}${near}`;
  const said = [renderUnderstood(drawn), renderPlace(drawn)].filter(Boolean).join(" ");
  announce(`${total} ${noun}${near} found${said ? `. ${said}` : ""}`, true);
  showResults.textContent = `Show ${total} ${noun}`;
  download.hidden = total === 0;
  empty.hidden = total > 0;
  if (total === 0) renderSuggestions();
  more.hidden = true;
  void appendResults(drawing, drawn, rest);
}

/**
 * How many of the results the list already holds as the page was built: browsing every course soonest
 * first, before the script has drawn anything, the page lists the first courses (the build checked they
 * are the first pages of the index it names), so their details need not be downloaded again.
 */
function keptFromPage(drawn: Outcome): number {
  if (page.listed !== undefined || !drawn.inIndexOrder || drawn.index !== app.dataset.index) return 0;
  return Math.min(Number(app.dataset.firstPage ?? 0), list.childElementCount, drawn.results.length);
}

/** The details of results `from` to `to`, each with the run it found (and its distance, near a place). */
function detailsOf(drawn: Outcome, from: number, to: number): Promise<Shown[]> {
  return Promise.all(
    drawn.results.slice(from, to).map(async (result, at) => {
      const miles = drawn.miles[from + at];
      return { ...(await result.data()), run: drawn.runOf[from + at] ?? 0, ...(miles === undefined ? {} : { miles }) };
    }),
  );
}

/**
 * Says when the town or postcode could not be found, with places of a similar name to
 * choose from; the results are then not limited by place. Returns the same in plain text.
 */
function renderPlace(drawn: Outcome): string {
  const notFound = drawn.place && "notFound" in drawn.place ? drawn.place : undefined;
  nearInput.closest(".place-field")!.classList.toggle("form-group--error", Boolean(notFound));
  if (!notFound) {
    nearError.hidden = true;
    nearInput.removeAttribute("aria-invalid");
    return "";
  }
  const text = `We could not find “${notFound.notFound}”. Enter a town or a postcode, such as Bolton or BL1 1AA. These results are not limited by place.`;
  nearError.replaceChildren(
    Object.assign(document.createElement("span"), { className: "visually-hidden", textContent: "Error: " }),
    text,
  );
  for (const name of notFound.suggestions) {
    const button = Object.assign(document.createElement("button"), {
      type: "button",
      className: "link-button",
      textContent: name,
    });
    button.dataset.near = name;
    nearError.append(" ", name === notFound.suggestions[0] ? "Did you mean " : "or ", button, "?");
  }
  nearError.hidden = false;
  nearInput.setAttribute("aria-invalid", "true");
  // Not sorted by distance after all: the sort box says what the order is.
  sortSelect.value = effectiveSort(page.search.sort, Boolean(page.search.term)).id;
  return text;
}

/**
 * Says how the words were read: what an abbreviation stands for, a word
 * corrected (with a link to search the words as typed), or that no course had
 * every word. Returns the same in plain text, for the status announcement.
 */
function renderUnderstood(drawn: Outcome): string {
  const text = understoodText(drawn.understood);
  const paragraphs: HTMLParagraphElement[] = [];
  const paragraph = (content: string) => {
    const element = Object.assign(document.createElement("p"), { textContent: content });
    paragraphs.push(element);
    return element;
  };
  if (text.aliases) paragraph(text.aliases);
  if (text.corrected) {
    const asTyped = Object.assign(document.createElement("button"), {
      type: "button",
      className: "link-button",
      textContent: `Search for “${text.corrected.asTyped}” instead`,
    });
    asTyped.dataset.asTyped = "";
    paragraph(`${text.corrected.text} `).append(asTyped);
  }
  if (text.partial) paragraph(text.partial);
  if (text.loose) paragraph(text.loose);
  understoodNote.replaceChildren(...paragraphs);
  understoodNote.hidden = paragraphs.length === 0;
  return [text.aliases, text.corrected?.text, text.partial, text.loose].filter(Boolean).join(" ");
}

/**
 * Results' details once they have arrived, if this drawing is still the one
 * wanted (else undefined); says so if they could not be fetched.
 */
async function arrived(drawing: number, drawn: Outcome, details: Promise<Shown[]>): Promise<Shown[] | undefined> {
  try {
    const data = await details;
    return stillDrawing(drawing, drawn) ? data : undefined;
  } catch {
    if (stillDrawing(drawing, drawn)) cannotShow();
    return undefined;
  }
}

/** Adds results to the list once their details arrive, then offers more if there are more. */
async function appendResults(drawing: number, drawn: Outcome, details: Promise<Shown[]>): Promise<void> {
  list.setAttribute("aria-busy", "true");
  const data = await arrived(drawing, drawn, details);
  if (!data) return;
  list.append(...data.map((item) => resultItem(item, Boolean(drawn.term))));
  list.setAttribute("aria-busy", "false");
  const total = drawn.results.length;
  more.hidden = total <= list.childElementCount;
  more.textContent = `Show ${Math.min(PAGE, total - list.childElementCount)} more courses`;
}

/**
 * Says some results could not be shown (a dropped connection), with the list
 * left as far as it got; searching again, or "Show more", fetches what is
 * missing (nothing that failed is kept).
 */
function cannotShow(): void {
  list.setAttribute("aria-busy", "false");
  page.shown = list.childElementCount;
  more.hidden = !page.outcome || page.outcome.results.length <= page.shown;
  more.textContent = "Try again to show more courses";
  announce("Some courses could not be shown. Check your connection and try again.");
}

/** On no results, says which filter to remove and how many courses that would give. */
function renderSuggestions(): void {
  const suggestions = byId<HTMLUListElement>("suggestions");
  suggestions.replaceChildren();
  for (const [key, count] of Object.entries(page.outcome?.withoutFilter ?? {})) {
    if (count === 0) continue;
    const button = Object.assign(document.createElement("button"), { type: "button", className: "link-button" });
    button.dataset.removeFacet = key;
    const courses = `${count} ${count === 1 ? "course" : "courses"}`;
    button.textContent =
      key === NEAR_KEY
        ? `Search anywhere, not only near ${page.search.near}, to see ${courses}`
        : `Remove the “${facetTitle(filterForm, key)}” filter to see ${courses}`;
    const item = document.createElement("li");
    item.append(button);
    suggestions.append(item);
  }
  if (page.search.term)
    suggestions.append(
      Object.assign(document.createElement("li"), {
        textContent: "Check the spelling, or try a shorter or more general word.",
      }),
    );
  if (page.search.filters.size > 1) {
    const clear = Object.assign(document.createElement("button"), {
      type: "button",
      className: "link-button",
      textContent: "Clear all filters",
    });
    clear.dataset.clearAll = "";
    const item = document.createElement("li");
    item.append(clear);
    suggestions.append(item);
  }
}

/** Browsing everything: the catalogue's own counts apply, with no filter data loaded. */
const browsingAll = (searched: SearchState) => !searched.term && searched.filters.size === 0 && !searched.near;

/** Runs the current state and draws it; answers to older searches that finish late are dropped. */
async function search(): Promise<void> {
  const ticket = ++page.latest;
  syncControls();
  renderTags();
  const searched = page.search;
  let found: Searched;
  try {
    found = await engine.run(searched);
  } catch {
    if (ticket === page.latest) {
      cannotSearch();
      writeAddress();
    }
    return;
  }
  if (ticket !== page.latest) return;
  page.outcome = outcomeOf(searched, found);
  // The results' details are asked for first: the numbers are redrawn while they download.
  const drawn = renderResults();
  showCounts(filterForm, page.outcome.counts, page.outcome.pending);
  try {
    await drawn;
  } finally {
    // A newer search writes its own address once drawn.
    if (ticket === page.latest) writeAddress();
  }
}

/** Says the search could not load (the network, say) and points to browsing, which needs no script. */
function cannotSearch(): void {
  list.setAttribute("aria-busy", "false");
  announce("Search could not load. Try again, or browse courses instead.");
  heading.textContent = "Search could not load";
}

/**
 * The outcome of a search, with the catalogue's counts standing in while
 * everything is browsed. A filter whose data is still loading stays pending.
 */
function outcomeOf(searched: SearchState, found: Searched): Outcome {
  const counts = browsingAll(searched) ? catalogue : found.counts;
  const pending = new Set([...(page.outcome?.pending ?? [])].filter((key) => !counts[key]));
  const listsIndex = browsingAll(searched) && inIndexOrder(effectiveSort(searched.sort, false));
  return { ...found, counts, term: searched.term, pending, inIndexOrder: listsIndex };
}

/**
 * Loads a filter's data and counts it for the current search, when the user
 * opens that filter or asks for its counts; until then it shows no numbers
 * for a search. Once loaded, every later search counts it too.
 */
async function countFacet(key: string): Promise<void> {
  if (!page.outcome || page.outcome.counts[key] || page.outcome.pending.has(key)) return;
  page.outcome = { ...page.outcome, pending: new Set([...page.outcome.pending, key]) };
  showCounts(filterForm, page.outcome.counts, page.outcome.pending);
  const stillPending = () => new Set([...(page.outcome?.pending ?? [])].filter((pendingKey) => pendingKey !== key));
  let found: Searched | undefined;
  // Counted for the state shown once the data has loaded: a newer search may have started meanwhile, and
  // counted before the data arrived.
  const searched = await engine.loadFacet(key).then(
    () => page.search,
    () => undefined,
  );
  if (searched) found = await engine.run(searched).catch(() => undefined);
  if (!page.outcome || (searched && page.search !== searched)) return; // A newer search draws, counting this filter.
  if (!found) {
    // The filter's data did not arrive (a dropped connection): offer the button again rather than wait for ever.
    page.outcome = { ...page.outcome, pending: stillPending() };
    showCounts(filterForm, page.outcome.counts, page.outcome.pending);
    return;
  }
  // The same results, so a list still being drawn is finished: only the numbers change. Numbers of another
  // filter still loading stay hidden until it has.
  const counts = Object.fromEntries(Object.entries(found.counts).filter(([other]) => !stillPending().has(other)));
  page.outcome = { ...page.outcome, counts, withoutFilter: found.withoutFilter, pending: stillPending() };
  showCounts(filterForm, page.outcome.counts, page.outcome.pending);
  // A value the focus was on may have gone (it gives nothing here): keep the focus in the filter.
  const facet = filterForm.querySelector<HTMLElement>(`[data-facet="${CSS.escape(key)}"]`)!;
  if (document.activeElement?.closest("li[hidden]") && facet.contains(document.activeElement))
    facet.querySelector<HTMLInputElement>("li:not([hidden]) input")?.focus();
}

function update(next: SearchState, replace = false): void {
  askFor(page, next);
  remember(replace);
  void search();
}

/**
 * Searches as the user types, with no timer: the first keystroke searches at
 * once, and keystrokes that arrive while a search runs are answered together
 * as soon as it ends, so at most one typed search runs at a time.
 */
async function searchTyped(): Promise<void> {
  page.typedSinceSearch = true;
  if (page.typing) return;
  page.typing = true;
  try {
    while (page.typedSinceSearch) {
      page.typedSinceSearch = false;
      const term = termInput.value.trim();
      if (term === page.search.term) continue;
      askFor(page, { ...page.search, term, asTyped: false });
      remember(true);
      await search();
    }
  } finally {
    page.typing = false;
  }
}
termInput.addEventListener("input", () => void searchTyped());
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const term = termInput.value.trim();
  update({ ...placeAsked(), term, asTyped: term === page.search.term && page.search.asTyped });
  heading.focus();
});
/** The search asked for with the place fields as they are now. */
const placeAsked = (): SearchState => ({
  ...page.search,
  near: nearInput.value.trim(),
  within: Number(withinSelect.value),
  withOnline: !onlineBox.checked,
});
// The place list is downloaded only when the visitor turns to the place box.
nearInput.addEventListener("focus", () => engine.preparePlaces(), { once: true });
nearInput.addEventListener("change", () => {
  if (nearInput.value.trim() !== page.search.near) update(placeAsked());
});
nearInput.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  event.preventDefault();
  update(placeAsked());
  heading.focus();
});
byId("search-near-button").addEventListener("click", () => {
  update(placeAsked());
  heading.focus();
});
withinSelect.addEventListener("change", () => {
  if (page.search.near) update(placeAsked());
});
onlineBox.addEventListener("change", () => {
  if (page.search.near) update(placeAsked());
});
sortSelect.addEventListener("change", () => update({ ...page.search, sort: sortSelect.value }));
filterForm.addEventListener("change", (event) => {
  const input = event.target as HTMLInputElement;
  if (input.dataset.filter) update(toggleFilter(page.search, input.dataset.filter, input.value, input.checked));
});
filterForm.addEventListener("click", (event) => {
  const target = event.target as HTMLElement;
  const facet = target.closest<HTMLElement>("[data-facet]");
  if (!facet) return;
  if (target.closest("[data-show-all]")) {
    facet.dataset.expanded = String(facet.dataset.expanded !== "true");
    if (page.outcome) showCounts(filterForm, page.outcome.counts, page.outcome.pending);
  } else if (target.closest("[data-count-facet]")) {
    // The button goes while counting; the filter's first box takes the focus, its number following.
    facet.querySelector<HTMLInputElement>("li:not([hidden]) input")?.focus();
    void countFacet(facet.dataset.facet!);
  } else if (target.closest("summary") && !(facet as HTMLDetailsElement).open) {
    // A filter the user opens is one whose counts they want (its summary is clicked before it opens).
    void countFacet(facet.dataset.facet!);
  }
});
app.addEventListener("click", (event) => {
  const target = (event.target as HTMLElement).closest<HTMLButtonElement>("button");
  if (!target) return;
  if (target.classList.contains("filter-tag") && target.dataset.filter) {
    update(toggleFilter(page.search, target.dataset.filter!, target.value, false));
    heading.focus();
  } else if (target.dataset.clearAll !== undefined) {
    update(clearFilters(page.search));
    heading.focus();
  } else if (target.dataset.asTyped !== undefined) {
    update({ ...page.search, asTyped: true });
    heading.focus();
  } else if (target.dataset.near !== undefined) {
    update({ ...page.search, near: target.dataset.near });
    heading.focus();
  } else if (target.dataset.removeFacet === NEAR_KEY) {
    update({ ...page.search, near: "" });
    heading.focus();
  } else if (target.dataset.removeFacet) {
    const filters = new Map(page.search.filters);
    filters.delete(target.dataset.removeFacet);
    update({ ...page.search, filters });
    heading.focus();
  }
});
more.addEventListener("click", async () => {
  const drawn = page.outcome;
  // Only for the list showing this search's results, once complete: a click while a newer search or the
  // rest of this one is on its way would add results to the wrong list, or skip some.
  if (!drawn || page.listed !== drawn.results || list.getAttribute("aria-busy") === "true") return;
  const firstNew = list.childElementCount;
  page.shown = firstNew + PAGE;
  await appendResults(++page.drawings, drawn, detailsOf(drawn, firstNew, page.shown));
  list.children[firstNew]?.querySelector("a")?.focus();
});
list.addEventListener("click", (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>("a[href]");
  if (link)
    noteSearchReturn(sessionStorage, {
      search: location.pathname + location.search,
      course: link.pathname,
      shown: list.childElementCount,
    });
});
// On a phone, the open filter panel's button closes it and goes to the results it counts.
showResults.addEventListener("click", () => {
  panel.open = false;
  heading.focus();
  heading.scrollIntoView();
});
download.addEventListener("click", async () => {
  if (!page.outcome) return;
  let data: Shown[];
  let resultsCsv: typeof import("./results-csv.ts").resultsCsv;
  try {
    // Loaded when asked for: few visitors download their results.
    [data, { resultsCsv }] = await Promise.all([
      detailsOf(page.outcome, 0, DOWNLOAD_LIMIT),
      import("./results-csv.ts"),
    ]);
  } catch {
    announce("The download could not be made. Check your connection and try again.");
    return;
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([resultsCsv(data, location.origin)], { type: "text/csv;charset=utf-8" }));
  link.download = "courses.csv";
  link.click();
  URL.revokeObjectURL(link.href);
  announce(`Downloaded ${data.length} courses as a CSV file`);
});
window.addEventListener("popstate", () => {
  // A link within the page (Skip to results) changes only the part after #, and so does Back to before it:
  // the search is still the one asked for, and words typed since must stay in the box.
  if (location.search === queryFromState(page.search, filterKeys)) return;
  // Back or Forward moved from the address shown, so the one still to be written is no longer wanted.
  window.clearTimeout(writeLater);
  unwritten = undefined;
  askFor(page, readState());
  void search();
});

// The filters are open in the page, for wide screens; on a phone they start closed (CSS shows them closed until now).
if (!window.matchMedia("(min-width: 48rem)").matches) panel.open = false;
panel.dataset.ready = "";
// Pagefind, with every shard's page list (hundreds of kilobytes for a large catalogue), loads once the first
// results are drawn and the visitor turns to the words box, as Pagefind's own interface does: it is usually
// ready by the time the first words are typed, and browsing and filtering need none of it. A page opening on
// words loads it at once. The mark says when the page is ready for words (the benchmark waits for it).
const warm = () => void engine.warm().then(() => (app.dataset.engine = "ready"), cannotSearch);
void search().finally(() => {
  if (page.search.term || document.activeElement === termInput) warm();
  else for (const turn of ["focus", "pointerenter"]) termInput.addEventListener(turn, warm, { once: true });
});
