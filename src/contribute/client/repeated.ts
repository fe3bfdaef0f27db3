/**
 * GOV.UK "add another": lists of runs and of credit values. Each list ([data-list]) holds items
 * ([data-repeated]) whose control names and ids carry the item's position (presentations.1.start,
 * f-presentations-1-start); adding or removing an item renumbers the rest, so the entry the form
 * builds, and the validator's findings, line up with what is on screen.
 */

/** Attributes that carry an item's position. */
const NUMBERED_ATTRIBUTES = ["id", "name", "for", "aria-describedby", "data-reveal-for", "href"];

/** Copies of each list's first item as the page was built, before anyone typed in it. */
const pristineItems = new Map<string, HTMLElement>();

const listsOf = (form: HTMLFormElement) => Array.from(form.querySelectorAll<HTMLElement>("[data-list]"));
const itemsOf = (list: HTMLElement) => Array.from(list.querySelectorAll<HTMLElement>(":scope > [data-repeated]"));
const listNamed = (form: HTMLFormElement, name: string) =>
  form.querySelector<HTMLElement>(`[data-list="${CSS.escape(name)}"]`);

/** Writes an item's position into its names, ids, title and remove button. */
function renumber(item: HTMLElement, listName: string, index: number) {
  const position = new RegExp(`(${listName}[.-])\\d+(?=[.\\-\\s]|$)`, "g");
  for (const element of [item, ...Array.from(item.querySelectorAll("*"))]) {
    for (const attribute of NUMBERED_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, value.replace(position, `$1${index}`));
    }
  }
  const title = item.querySelector<HTMLElement>("[data-item-title]");
  if (title) title.textContent = `${title.dataset.itemTitle} ${index + 1}`;
  const number = item.querySelector<HTMLElement>("[data-item-number]");
  if (number) number.textContent = ` (${title?.dataset.itemTitle?.toLowerCase() ?? "item"} ${index + 1})`;
}

/** The fewest items a list may have: 1 unless it says (runs are optional, so none). */
const fewest = (list: HTMLElement) => Number(list.dataset.min ?? 1);

/** Renumbers a list's items in order, and offers "Remove" only while there are more than the fewest. */
function refresh(list: HTMLElement) {
  const items = itemsOf(list);
  items.forEach((item, index) => renumber(item, list.dataset.list!, index));
  for (const item of items)
    for (const button of Array.from(item.querySelectorAll<HTMLElement>("[data-remove-item]")))
      button.hidden = items.length <= fewest(list);
  const add = list.ownerDocument.querySelector<HTMLElement>(`[data-add-item="${CSS.escape(list.dataset.list!)}"]`);
  const word = add?.textContent?.trim().replace(/^Add (a|another) /, "");
  if (add && word) add.textContent = `Add ${items.length ? "another" : "a"} ${word.trim()}`;
}

/** Adds an empty item at the end of a list and returns it. */
function addItem(list: HTMLElement): HTMLElement {
  const item = pristineItems.get(list.dataset.list!)!.cloneNode(true) as HTMLElement;
  list.append(item);
  refresh(list);
  return item;
}

/** How many items a list has. */
export const itemCount = (form: HTMLFormElement, name: string) => {
  const list = listNamed(form, name);
  return list ? itemsOf(list).length : 0;
};

/** Every list's name and item count, to keep with a draft. */
export const itemCounts = (form: HTMLFormElement): Record<string, number> =>
  Object.fromEntries(listsOf(form).map((list) => [list.dataset.list!, itemsOf(list).length]));

/** Gives a list exactly `count` items (at least its fewest), adding empty ones or removing from the end. */
export function setItemCount(form: HTMLFormElement, name: string, count: number) {
  const list = listNamed(form, name);
  if (!list) return;
  const wanted = Math.max(fewest(list), Math.min(count, 50));
  while (itemsOf(list).length < wanted) addItem(list);
  for (const item of itemsOf(list).slice(wanted)) item.remove();
  refresh(list);
}

/** Whether anyone has answered anything in an item. */
const isEmpty = (item: HTMLElement) =>
  Array.from(
    item.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea"),
  ).every((control) =>
    control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")
      ? !control.checked
      : control.value.trim() === "",
  );

/** Removes items nobody filled in (down to the list's fewest), so an unused "Add another" is not an error. */
export function dropEmptyItems(form: HTMLFormElement) {
  for (const list of listsOf(form)) {
    for (const item of itemsOf(list)) if (itemsOf(list).length > fewest(list) && isEmpty(item)) item.remove();
    refresh(list);
  }
}

/**
 * Wires the "Add another" and "Remove" buttons. `changed` is called after either, with a sentence
 * for screen readers; focus goes to the new item's first box, or to the "Add another" button.
 */
export function setUpRepeatedLists(form: HTMLFormElement, changed: (announcement: string) => void) {
  for (const list of listsOf(form)) {
    // A list that may be empty keeps its first item in a <template>; the others copy their first item.
    const template = list.querySelector<HTMLTemplateElement>(":scope > template");
    const first = template?.content.querySelector<HTMLElement>("[data-repeated]") ?? itemsOf(list)[0]!;
    pristineItems.set(list.dataset.list!, first.cloneNode(true) as HTMLElement);
    refresh(list);
  }
  form.addEventListener("click", (event) => {
    const target = event.target as HTMLElement;
    const add = target.closest<HTMLElement>("[data-add-item]");
    if (add) {
      const list = listNamed(form, add.dataset.addItem!)!;
      const item = addItem(list);
      item.querySelector<HTMLElement>("input, select, textarea")?.focus();
      changed(`${item.querySelector("[data-item-title]")?.textContent ?? "Item"} added`);
      return;
    }
    const remove = target.closest<HTMLElement>("[data-remove-item]");
    if (remove) {
      const item = remove.closest<HTMLElement>("[data-repeated]")!;
      const list = item.parentElement!;
      if (itemsOf(list).length <= fewest(list)) return;
      const title = item.querySelector("[data-item-title]")?.textContent ?? "Item";
      item.remove();
      refresh(list);
      form.querySelector<HTMLElement>(`[data-add-item="${CSS.escape(list.dataset.list!)}"]`)?.focus();
      changed(`${title} removed`);
    }
  });
}
