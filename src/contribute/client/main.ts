/**
 * The "List your course" form: builds the course file from the answers, checks it with the
 * validator's own code (schema, vocabularies, rules and messages), then offers GitHub's
 * new-file editor with the file filled in, or a download.
 */
import "./no-eval.ts";
import { todayIso } from "../../domain/dates.ts";
import type { Provider } from "../../domain/schema/index.ts";
import type { FileFinding } from "../../validator/core/check-file.ts";
import type { CourseFile } from "../course-form.ts";
import { duplicateIdMessage } from "../../validator/core/duplicate-id.ts";
import { courseWording } from "../../domain/schema/course.ts";
import { newFileUrl } from "../form-entry.ts";
import { collectValues } from "./collect.ts";
import { forgetDraft, restoreDraft, saveDraft } from "./draft.ts";
import { dropEmptyItems, itemCounts, setItemCount, setUpRepeatedLists } from "./repeated.ts";
import { applyReveals } from "./reveal.ts";
import { clearFindings, showErrors, showFailure } from "./show-findings.ts";

const section = document.getElementById("course-form-section")!;
const form = document.getElementById("course-form") as HTMLFormElement;
const errors = document.getElementById("form-errors")!;
const result = document.getElementById("form-result")!;
const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
const pageTitle = document.title;
const status = document.getElementById("form-status")!;

/** Tells screen reader users what changed where they are not looking. */
const announce = (text: string) => {
  status.textContent = text;
};

setUpRepeatedLists(form, (announcement) => {
  applyReveals(form);
  saveDraft(form);
  announce(announcement);
});
if (restoreDraft(form)) announce("Your answers from last time are filled in");
applyReveals(form);
// Each answer is kept in this browser as it is given, so a reload or a lost connection loses nothing.
form.addEventListener("input", () => {
  applyReveals(form);
  saveDraft(form);
});
form.addEventListener("change", () => {
  applyReveals(form);
  saveDraft(form);
});

document.getElementById("clear-form")!.addEventListener("click", () => {
  form.reset();
  for (const list of Object.keys(itemCounts(form))) setItemCount(form, list, 0);
  forgetDraft();
  clearFindings(errors);
  document.title = pageTitle;
  result.hidden = true;
  applyReveals(form);
  announce("The form has been cleared");
});

/** Loads something once; a failed attempt is forgotten so the next check tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The checker, fetched once the form is first used rather than with the page. */
const loadChecker = once(() => import("./prepare.ts"));
const loadProviders = once(async () => {
  const response = await fetch(section.dataset.providers!);
  if (!response.ok) throw new Error(`The list of providers could not be loaded (${response.status})`);
  const { providers } = (await response.json()) as { providers: (Provider & { page: string })[] };
  return new Map(providers.map(({ page: _page, ...provider }) => [provider.id, provider as Provider]));
});
form.addEventListener("focusin", () => void loadChecker().catch(() => undefined), { once: true });

/** A course page already at this id means the id is taken, as the validator would say once it is saved. */
async function idTaken(file: CourseFile): Promise<FileFinding | undefined> {
  if (!file.id) return undefined;
  const response = await fetch(`${section.dataset.courses}${encodeURIComponent(file.id)}/`, { method: "HEAD" });
  if (!response.ok) return undefined;
  return {
    line: 1,
    column: 1,
    field: "id",
    severity: "error",
    message: courseWording.id.rules.taken,
    fix: `${duplicateIdMessage("course", file.id)}. Choose another short name. To change a course that is already listed, edit its file instead`,
  };
}

function offer(file: CourseFile, warnings: readonly FileFinding[]) {
  document.getElementById("result-path")!.textContent = file.path;
  document.getElementById("result-text")!.textContent = file.text;
  const proposeUrl = newFileUrl(section.dataset.repository!, file.path, file.text);
  const propose = document.getElementById("result-propose") as HTMLAnchorElement;
  // Set with the address: an <a> without href may not carry rel (Nu HTML Checker).
  propose.href = proposeUrl;
  // Set with the address: a link may only name a target once it has one.
  propose.target = "_blank";
  propose.rel = "noopener";
  // Servers and browsers commonly refuse addresses over about 8,000 characters; say what to do instead.
  document.getElementById("result-too-long")!.hidden = proposeUrl.length <= 8000;
  const warningBox = document.getElementById("result-warnings")!;
  warningBox.replaceChildren();
  if (warnings.length) {
    const heading = document.createElement("p");
    heading.textContent = "Worth checking before you send it:";
    const list = document.createElement("ul");
    for (const warning of warnings) {
      const item = document.createElement("li");
      item.textContent = `${warning.message}. ${warning.fix}.`;
      list.append(item);
    }
    warningBox.append(heading, list);
  }
  result.hidden = false;
  result.dataset.fileName = file.path.split("/").pop();
  result.dataset.fileText = file.text;
  result.focus();
}

document.getElementById("result-download")!.addEventListener("click", () => {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([result.dataset.fileText ?? ""], { type: "text/markdown" }));
  link.download = result.dataset.fileName ?? "course.md";
  link.click();
  // Some browsers start the download after click() returns, so the address is released a little later.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
});

// An entry checked and then changed is no longer the file offered: it must be checked again.
form.addEventListener("input", () => {
  if (result.hidden) return;
  result.hidden = true;
  delete result.dataset.fileText;
});

/** Each check is numbered, so a slower earlier check (a double click) never draws over a newer one. */
let latestCheck = 0;

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const check = ++latestCheck;
  submit.setAttribute("aria-disabled", "true");
  form.setAttribute("aria-busy", "true");
  try {
    // A run or credit value added and left empty is not a mistake: it is dropped.
    dropEmptyItems(form);
    applyReveals(form);
    saveDraft(form);
    const [{ prepareCourse }, providers] = await Promise.all([loadChecker(), loadProviders()]);
    const { file, findings } = await prepareCourse(collectValues(form), providers, todayIso());
    const taken = await idTaken(file);
    if (check !== latestCheck) return;
    clearFindings(errors);
    document.title = pageTitle;
    result.hidden = true;
    // An id made from a missing title is wrong only because the title is missing, which is reported already.
    const shown = findings.filter((finding) => !(file.idMadeFromTitle && !file.id && finding.field === "id"));
    const problems = [...(taken ? [taken] : []), ...shown.filter((finding) => finding.severity === "error")];
    if (problems.length) {
      document.title = `Error: ${pageTitle}`;
      showErrors(errors, problems);
    } else {
      offer(
        file,
        shown.filter((finding) => finding.severity === "warning"),
      );
    }
  } catch {
    if (check !== latestCheck) return;
    clearFindings(errors);
    showFailure(errors);
  } finally {
    if (check === latestCheck) {
      submit.removeAttribute("aria-disabled");
      form.removeAttribute("aria-busy");
    }
  }
});
