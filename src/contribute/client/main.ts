/**
 * The "List your course" form: builds the course file from the answers, checks it with the
 * validator's own code (schema, vocabularies, rules and messages), then offers GitHub's
 * new-file editor with the file filled in, or a download.
 */
import { todayIso } from "../../domain/dates.ts";
import type { Provider } from "../../domain/schema/index.ts";
import type { FileFinding } from "../../validator/check-file.ts";
import type { CourseFile } from "../course-form.ts";
import { newFileUrl } from "../form-entry.ts";
import { collectValues } from "./collect.ts";
import { clearFindings, showErrors } from "./show-findings.ts";

/** The checker, fetched once the form is first used rather than with the page. */
let checker: Promise<typeof import("./prepare.ts")> | undefined;
const loadChecker = () => (checker ??= import("./prepare.ts"));

const section = document.getElementById("course-form-section")!;
const form = document.getElementById("course-form") as HTMLFormElement;
const errors = document.getElementById("form-errors")!;
const result = document.getElementById("form-result")!;
section.hidden = false;
form.addEventListener("focusin", () => void loadChecker(), { once: true });

let providers: Promise<Map<string, Provider>> | undefined;
function loadProviders(): Promise<Map<string, Provider>> {
  providers ??= fetch(section.dataset.providers!)
    .then((response) => response.json() as Promise<{ providers: (Provider & { page: string })[] }>)
    .then(({ providers: list }) => new Map(list.map(({ page: _page, ...provider }) => [provider.id, provider])));
  return providers;
}

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
    message: `Another course already has the id "${file.id}"`,
    fix: "Choose an id no other entry uses. To change a course that is already listed, edit its file instead",
  };
}

function offer(file: CourseFile, warnings: readonly FileFinding[]) {
  document.getElementById("result-path")!.textContent = file.path;
  document.getElementById("result-text")!.textContent = file.text;
  const proposeUrl = newFileUrl(section.dataset.repository!, file.path, file.text);
  (document.getElementById("result-propose") as HTMLAnchorElement).href = proposeUrl;
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
  URL.revokeObjectURL(link.href);
});

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearFindings(errors);
  result.hidden = true;
  const [{ prepareCourse }, known] = await Promise.all([loadChecker(), loadProviders()]);
  const { file, findings } = await prepareCourse(collectValues(form), known, todayIso());
  const taken = await idTaken(file);
  const problems = [...(taken ? [taken] : []), ...findings.filter((finding) => finding.severity === "error")];
  if (problems.length) showErrors(errors, problems);
  else
    offer(
      file,
      findings.filter((finding) => finding.severity === "warning"),
    );
});
