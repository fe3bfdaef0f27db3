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
  for (const facet of form.querySelectorAll<HTMLElement>("[data-facet]")) {
    const key = facet.dataset.facet!;
    const known = counts[key];
    facet.dataset.counts = known ? "shown" : pending.has(key) ? "pending" : "unknown";
    // Which numbers decide the list: this search's, or the catalogue's; while counting, whichever did last time.
    if (known) facet.dataset.listedBy = "search";
    else if (!pending.has(key)) facet.dataset.listedBy = "catalogue";
    const bySearch = facet.dataset.listedBy === "search";
    for (const input of filterInputs(facet)) {
      const item = input.closest("li")!;
      const number = item.querySelector(".count-number")!;
      if (known) number.textContent = String(known[input.value] ?? 0);
      const count = bySearch ? Number(number.textContent) : Number(input.dataset.count);
      item.hidden = count === 0 && !input.checked;
    }
    facet.querySelector<HTMLElement>("[data-uncounted]")!.hidden = facet.dataset.counts !== "unknown";
    const items = [...facet.querySelectorAll<HTMLLIElement>("li")].filter((item) => !item.hidden);
    const expanded = facet.dataset.expanded === "true";
    items.forEach((item, index) => {
      if (index >= SHORT_LIST && !expanded && !item.querySelector("input")!.checked) item.hidden = true;
    });
    const toggle = facet.querySelector<HTMLButtonElement>("[data-show-all]")!;
    toggle.hidden = items.length <= SHORT_LIST;
    toggle.textContent = expanded ? "Show fewer" : `Show all ${items.length}`;
    toggle.setAttribute("aria-expanded", String(expanded));
    facet.querySelector<HTMLElement>("[data-none]")!.hidden = items.length > 0;
    // A group's heading goes with its last shown value.
    for (const heading of facet.querySelectorAll<HTMLElement>(".facet-group")) {
      const list = heading.nextElementSibling;
      heading.hidden = !list || [...list.querySelectorAll("li")].every((item) => (item as HTMLElement).hidden);
    }
  }
}

/** Ticks the boxes that match the selected filters. */
export function tickSelected(form: HTMLElement, filters: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const input of filterInputs(form)) input.checked = filters.get(input.dataset.filter!)?.has(input.value) ?? false;
}

/** The visible label of a filter value, for tags and messages. */
export function valueLabel(form: HTMLElement, key: string, value: string): string {
  const input = filterInputs(form).find((candidate) => candidate.dataset.filter === key && candidate.value === value);
  return input?.dataset.label ?? value;
}

/** The legend of a filter, for messages. */
export function facetTitle(form: HTMLElement, key: string): string {
  return form.querySelector<HTMLElement>(`[data-facet="${CSS.escape(key)}"]`)?.dataset.title ?? key;
}
