import type { FileFinding } from "../../validator/core/check-file.ts";
import { controlIdsFor } from "../form-entry.ts";

/** The form control a finding belongs to, if the form has one. */
function controlFor(finding: FileFinding): HTMLElement | undefined {
  for (const id of controlIdsFor(finding.field)) {
    const element = document.getElementById(id);
    if (element) return element;
  }
  return undefined;
}

/**
 * The validator's message: the plain words beside the field's schema, which the form shows as
 * they are (GOV.UK error messages have no full stop). Its fix is for people editing the file.
 */
const sentence = (finding: FileFinding) => finding.message;

/** "Run 2: " for a control inside the second run, so a message about one of several runs says which. */
function itemOf(control: HTMLElement): string {
  const title = control.closest("[data-repeated]")?.querySelector("[data-item-title]")?.textContent?.trim();
  return title ? `${title}: ` : "";
}

/** Removes the messages of an earlier check. */
export function clearFindings(summary: HTMLElement) {
  summary.replaceChildren();
  for (const message of Array.from(document.querySelectorAll(".error-message"))) message.remove();
  for (const group of Array.from(document.querySelectorAll(".form-group--error")))
    group.classList.remove("form-group--error");
  for (const element of Array.from(document.querySelectorAll<HTMLElement>("[data-error-for]"))) {
    const before = element.dataset.describedBefore ?? "";
    if (before) element.setAttribute("aria-describedby", before);
    else element.removeAttribute("aria-describedby");
    delete element.dataset.errorFor;
    delete element.dataset.describedBefore;
  }
}

/** Puts a message beside its control, GOV.UK style: after the label and hint, before the control. */
function showBeside(control: HTMLElement, text: string, id: string) {
  const group = control.closest<HTMLElement>(".form-group") ?? control;
  group.classList.add("form-group--error");
  const message = document.createElement("p");
  message.className = "error-message";
  message.id = id;
  const hidden = document.createElement("span");
  hidden.className = "visually-hidden";
  hidden.textContent = "Error: ";
  message.append(hidden, text);
  const label = group.querySelector(":scope > label, :scope > fieldset > legend, :scope > legend");
  const hint = label?.parentElement?.querySelector(":scope > .hint");
  const anchor = hint ?? label;
  if (anchor) anchor.after(message);
  else group.prepend(message);
  if (!control.dataset.errorFor) control.dataset.describedBefore = control.getAttribute("aria-describedby") ?? "";
  control.dataset.errorFor = "true";
  control.setAttribute("aria-describedby", `${control.getAttribute("aria-describedby") ?? ""} ${id}`.trim());
}

/**
 * Shows errors the GOV.UK way: a summary at the top, in the order of the form, linking to
 * each field, and the message beside the field itself, announced with it. Findings for
 * fields the form does not have are listed in the summary only, after the rest.
 */
export function showErrors(summary: HTMLElement, findings: readonly FileFinding[]) {
  const located = findings.map((finding) => ({ finding, control: controlFor(finding) }));
  located.sort((a, b) => {
    if (!a.control || !b.control) return a.control ? -1 : b.control ? 1 : 0;
    return a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  const list = document.createElement("ul");
  located.forEach(({ finding, control }, index) => {
    const item = document.createElement("li");
    list.append(item);
    if (!control) {
      item.textContent = sentence(finding);
      return;
    }
    const text = sentence(finding);
    const link = document.createElement("a");
    const target = control.matches("fieldset")
      ? (control.querySelector<HTMLElement>("input, select, textarea") ?? control)
      : control;
    link.href = `#${target.id}`;
    link.textContent = `${itemOf(control)}${text}`;
    item.append(link);
    showBeside(control, text, `error-${index}`);
  });
  const box = document.createElement("div");
  box.className = "error-summary";
  box.setAttribute("role", "alert");
  const heading = document.createElement("h2");
  heading.textContent = "There is a problem";
  box.append(heading, list);
  summary.append(box);
  summary.focus();
}

/** Says the check itself could not run (offline, or the site changed since the page loaded). */
export function showFailure(summary: HTMLElement) {
  const box = document.createElement("div");
  box.className = "error-summary";
  box.setAttribute("role", "alert");
  const heading = document.createElement("h2");
  heading.textContent = "Your entry could not be checked";
  const text = document.createElement("p");
  text.textContent =
    "Check your connection and try again. If it keeps happening, reload the page (your answers may be lost), or write the file yourself using the example further down this page.";
  box.append(heading, text);
  summary.append(box);
  summary.focus();
}
