import type { Counts } from "./engine.ts";

/** How many values a long filter shows before "Show all". */
const SHORT_LIST = 8;

/** The checkbox inputs of the filter form, by filter key. */
export function filterInputs(form: HTMLElement): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-filter]")];
}

/**
 * The counts over the whole catalogue, as the page was built with them
 * (`data-count`): exact while nothing is searched or ticked, at no cost.
 */
export function catalogueCounts(form: HTMLElement): Counts {
  const counts: Counts = {};
  for (const input of filterInputs(form))
    (counts[input.dataset.filter!] ??= {})[input.value] = Number(input.dataset.count);
  return counts;
}

/** A filter value's box, its list item and its shown number. */
interface ValueView {
  readonly input: HTMLInputElement;
  readonly item: HTMLLIElement;
  readonly number: Element;
  /** Its count over the whole catalogue, as the page was built with it. */
  readonly catalogueCount: number;
}

/** A filter's part of the form: its values in order, and the controls around them. */
interface FacetView {
  readonly facet: HTMLElement;
  readonly key: string;
  readonly values: readonly ValueView[];
  readonly uncounted: HTMLElement;
  readonly none: HTMLElement;
  readonly toggle: HTMLButtonElement;
  /** Group headings (professions by group, say), each with the values listed under it. */
  readonly groups: readonly { readonly heading: HTMLElement; readonly values: readonly ValueView[] }[];
}

const views = new WeakMap<HTMLElement, readonly FacetView[]>();

/**
 * The form's filters, found once: the form never changes shape, and finding every box, item and number
 * again at each search took longer than counting (a national catalogue's provider filter has 1,500 values).
 */
function facetViews(form: HTMLElement): readonly FacetView[] {
  const found = views.get(form);
  if (found) return found;
  const made = [...form.querySelectorAll<HTMLElement>("[data-facet]")].map((facet) => {
    const values = filterInputs(facet).map((input) => {
      const item = input.closest("li")!;
      return { input, item, number: item.querySelector(".count-number")!, catalogueCount: Number(input.dataset.count) };
    });
    const valueOf = new Map(values.map((value) => [value.item, value]));
    return {
      facet,
      key: facet.dataset.facet!,
      values,
      uncounted: facet.querySelector<HTMLElement>("[data-uncounted]")!,
      none: facet.querySelector<HTMLElement>("[data-none]")!,
      toggle: facet.querySelector<HTMLButtonElement>("[data-show-all]")!,
      groups: [...facet.querySelectorAll<HTMLElement>(".facet-group")].map((heading) => ({
        heading,
        values: [...(heading.nextElementSibling?.querySelectorAll("li") ?? [])].flatMap(
          (item) => valueOf.get(item) ?? [],
        ),
      })),
    };
  });
  views.set(form, made);
  return made;
}

/** Sets an element's text or an attribute only when it differs: each change costs the browser a restyle. */
function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}
function setData(element: HTMLElement, name: string, value: string): void {
  if (element.dataset[name] !== value) element.dataset[name] = value;
}

/**
 * Shows each value's count as it would be with the other selections, hides
 * values that would give nothing (unless ticked), and shortens long lists.
 *
 * A filter missing from `counts` has no numbers for this search: while it is
 * being counted (`pending`) its numbers are hidden and its list left as it
 * was; otherwise its numbers are hidden, every value with courses is listed,
 * and a "Show numbers" button offers to load them. A number shown is never
 * one left from another search.
 */
export function showCounts(form: HTMLElement, counts: Counts, pending: ReadonlySet<string>): void {
  for (const { facet, key, values, uncounted, none, toggle, groups } of facetViews(form)) {
    const known = counts[key];
    setData(facet, "counts", known ? "shown" : pending.has(key) ? "pending" : "unknown");
    // Which numbers decide the list: this search's, or the catalogue's; while counting, whichever did last time.
    if (known) setData(facet, "listedBy", "search");
    else if (!pending.has(key)) setData(facet, "listedBy", "catalogue");
    const bySearch = facet.dataset.listedBy === "search";
    const expanded = facet.dataset.expanded === "true";
    let listed = 0;
    const shown = new Set<ValueView>();
    for (const value of values) {
      if (known) setText(value.number, String(known[value.input.value] ?? 0));
      const count = bySearch ? Number(value.number.textContent) : value.catalogueCount;
      const withCourses = count > 0 || value.input.checked;
      if (withCourses) listed += 1;
      const visible = withCourses && (listed <= SHORT_LIST || expanded || value.input.checked);
      setHidden(value.item, !visible);
      if (visible) shown.add(value);
    }
    setHidden(uncounted, facet.dataset.counts !== "unknown");
    setHidden(toggle, listed <= SHORT_LIST);
    setText(toggle, expanded ? "Show fewer" : `Show all ${listed}`);
    if (toggle.getAttribute("aria-expanded") !== String(expanded))
      toggle.setAttribute("aria-expanded", String(expanded));
    setHidden(none, listed > 0);
    // A group's heading goes with its last shown value.
    for (const group of groups) setHidden(group.heading, !group.values.some((value) => shown.has(value)));
  }
}

/** Ticks the boxes that match the selected filters. */
export function tickSelected(form: HTMLElement, filters: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const { key, values } of facetViews(form))
    for (const { input } of values) input.checked = filters.get(key)?.has(input.value) ?? false;
}

/** The visible label of a filter value, for tags and messages. */
export function valueLabel(form: HTMLElement, key: string, value: string): string {
  const input = facetViews(form)
    .find((view) => view.key === key)
    ?.values.find((candidate) => candidate.input.value === value)?.input;
  return input?.dataset.label ?? value;
}

/** The legend of a filter, for messages. */
export function facetTitle(form: HTMLElement, key: string): string {
  return form.querySelector<HTMLElement>(`[data-facet="${CSS.escape(key)}"]`)?.dataset.title ?? key;
}
