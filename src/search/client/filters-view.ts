/** How many values a long filter shows before "Show all". */
const SHORT_LIST = 8;

/** The checkbox inputs of the filter form, by filter key. */
export function filterInputs(form: HTMLElement): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-filter]")];
}

/**
 * Shows each value's count as it would be with the other selections, hides
 * values that would give nothing (unless ticked), and shortens long lists.
 */
export function showCounts(form: HTMLElement, counts: Record<string, Record<string, number>>): void {
  for (const input of filterInputs(form)) {
    const count = counts[input.dataset.filter!]?.[input.value] ?? 0;
    const item = input.closest("li")!;
    item.querySelector(".count-number")!.textContent = String(count);
    item.hidden = count === 0 && !input.checked;
  }
  for (const facet of form.querySelectorAll<HTMLElement>("[data-facet]")) {
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
