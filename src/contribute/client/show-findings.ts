import type { FileFinding } from "../../validator/check-file.ts";
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
 * The validator's own words. Its fix is left out where it talks about front matter, since
 * on the form the field is right there; the message says what is wrong either way.
 */
const sentence = (finding: FileFinding, onForm: boolean) =>
  (onForm && /front matter/.test(finding.fix) ? `${finding.message}.` : `${finding.message}. ${finding.fix}.`)
    .replace(/\.\./g, ".")
    .replace(/:\./g, ":");

/** Removes the messages of an earlier check. */
export function clearFindings(summary: HTMLElement) {
  summary.replaceChildren();
  for (const message of Array.from(document.querySelectorAll(".error-message"))) message.remove();
  for (const group of Array.from(document.querySelectorAll(".form-group--error")))
    group.classList.remove("form-group--error");
  for (const control of Array.from(document.querySelectorAll("[data-error-for]"))) {
    const element = control as HTMLElement;
    element.setAttribute("aria-describedby", element.dataset.describedBefore ?? "");
    if (!element.dataset.describedBefore) element.removeAttribute("aria-describedby");
    delete element.dataset.errorFor;
  }
}

/**
 * Shows errors the GOV.UK way: a summary at the top linking to each field, and the message
 * beside the field itself, announced with it. Findings for fields the form does not have
 * are listed in the summary only.
 */
export function showErrors(summary: HTMLElement, findings: readonly FileFinding[]) {
  const box = document.createElement("div");
  box.className = "error-summary";
  box.setAttribute("role", "alert");
  const heading = document.createElement("h2");
  heading.textContent = "There is a problem";
  const list = document.createElement("ul");
  findings.forEach((finding, index) => {
    const item = document.createElement("li");
    const control = controlFor(finding);
    if (!control) {
      item.textContent = `${finding.field ? `${finding.field}: ` : ""}${sentence(finding, false)}`;
      list.append(item);
      return;
    }
    const link = document.createElement("a");
    const focusTarget = control.matches("fieldset")
      ? (control.querySelector<HTMLElement>("input, select, textarea") ?? control)
      : control;
    link.href = `#${focusTarget.id}`;
    link.textContent = sentence(finding, true);
    item.append(link);
    list.append(item);
    // GOV.UK order: label, hint, error message, then the control.
    const group = control.closest<HTMLElement>(".form-group") ?? control;
    group.classList.add("form-group--error");
    const message = document.createElement("p");
    message.className = "error-message";
    message.id = `error-${index}`;
    const hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = "Error: ";
    message.append(hidden, sentence(finding, true));
    const label = group.querySelector(":scope > label, :scope > fieldset > legend, :scope > legend");
    const hint = label?.parentElement?.querySelector(":scope > .hint");
    (hint ?? label)?.after(message);
    if (!control.dataset.errorFor) control.dataset.describedBefore = control.getAttribute("aria-describedby") ?? "";
    control.dataset.errorFor = "true";
    control.setAttribute("aria-describedby", `${control.getAttribute("aria-describedby") ?? ""} ${message.id}`.trim());
  });
  box.append(heading, list);
  summary.append(box);
  summary.focus();
}
