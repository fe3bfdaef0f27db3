/** How a form control's value is written into the entry. */
export type FieldKind = "text" | "markdown" | "number" | "lines" | "many" | "flag";

/** One filled-in control: its path-like name ("presentations.0.start"), kind and value. */
export interface FormValue {
  readonly name: string;
  readonly kind: FieldKind;
  readonly value: string;
}

type Tree = Record<string, unknown>;

/** A numeric path segment becomes an array index, so "credits.0.value" builds credits: [{ value }]. */
function setPath(tree: Tree, path: readonly string[], value: unknown, append: boolean) {
  let node: Tree | unknown[] = tree;
  path.forEach((segment, index) => {
    const key = /^\d+$/.test(segment) ? Number(segment) : segment;
    const last = index === path.length - 1;
    const container = node as Record<string | number, unknown>;
    if (last) {
      if (append) ((container[key] ??= []) as unknown[]).push(value);
      else container[key] = value;
      return;
    }
    container[key] ??= /^\d+$/.test(path[index + 1]!) ? [] : {};
    node = container[key] as Tree;
  });
}

/** Drops empty groups and lists (a run or credit nobody filled in), so they are left out, not sent empty. */
function pruned(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(pruned).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, pruned(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/**
 * Builds front matter from a form's filled-in controls. Numbers that do not read as
 * numbers are kept as typed, so the validator's own message says what is wrong.
 */
export function entryFromForm(values: readonly FormValue[]): Tree {
  const tree: Tree = {};
  for (const { name, kind, value } of values) {
    const text = value.trim();
    if (!text) continue;
    const path = name.split(".");
    if (kind === "many") setPath(tree, path, text, true);
    else if (kind === "flag") setPath(tree, path, true, false);
    else if (kind === "number") setPath(tree, path, /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text, false);
    else if (kind === "lines") {
      const lines = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
      setPath(tree, path, lines, false);
    } else if (kind === "markdown") setPath(tree, path, text, false);
    else setPath(tree, path, text.replace(/\s+/g, " "), false);
  }
  return (pruned(tree) as Tree | undefined) ?? {};
}

/**
 * The ids a finding's field could belong to on the form, most specific first:
 * `presentations[0].cost.amount` → f-presentations-0-cost-amount, f-presentations-0-cost, ….
 */
export function controlIdsFor(field: string): string[] {
  if (field === "(description)") return ["f-body"];
  const parts = field
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter(Boolean);
  return parts.flatMap((_, index) => {
    const path = parts.slice(0, parts.length - index).join("-");
    const first = firstControlOfGroup(path);
    return first ? [`f-${first}`, `f-${path}`] : [`f-${path}`];
  });
}

/**
 * Where to send someone for a problem with a whole group of fields: the control they most
 * likely need to fill in, not the group's first (often optional) one. `#` is any position.
 */
export const FIRST_CONTROL_OF_GROUP: Readonly<Record<string, string>> = {
  credits: "credits-0-scheme",
  "credits-#": "credits-#-scheme",
  creditRating: "creditRating-ratedBy",
  "presentations-#-cost": "presentations-#-cost-amount",
  "presentations-#-venue": "presentations-#-venue-name",
  contact: "contact-email",
};

function firstControlOfGroup(path: string): string | undefined {
  const position = /-(\d+)(?=-|$)/.exec(path)?.[1];
  const pattern = path.replace(/-\d+(?=-|$)/, "-#");
  return FIRST_CONTROL_OF_GROUP[pattern]?.replace("#", position ?? "0");
}

/** GitHub's "create a new file" page with the file's path and text filled in. */
export function newFileUrl(repository: string, filePath: string, text: string): string {
  return `${repository}/new/main?filename=${encodeURIComponent(filePath)}&value=${encodeURIComponent(text)}`;
}
