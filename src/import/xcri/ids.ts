import { SLUG_PATTERN } from "../../domain/schema/index.ts";

const MAX_ID_LENGTH = 80;

/**
 * Turns any text into an id in our pattern (lowercase letters, digits, single
 * hyphens, at most 80 characters). Accents are folded, so "Café" gives "cafe";
 * nothing else survives, so no id can hold "..", "/" or a drive letter.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, MAX_ID_LENGTH).replace(/-+$/, "");
}

/**
 * The last path segment of a web address when it is already a usable id,
 * such as ".../courses/dementia-care" → "dementia-care"; a feed that names its
 * courses by page keeps those names. Segments like "view.php" do not qualify.
 */
export function idFromUrl(identifier: string): string | undefined {
  let url: URL;
  try {
    url = new URL(identifier);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const segment = url.pathname.split("/").filter(Boolean).at(-1) ?? "";
  return SLUG_PATTERN.test(segment) && segment.length <= MAX_ID_LENGTH ? segment : undefined;
}

/** Hands out ids unique within one scope, adding a distinguishing suffix on a clash. */
export class IdAllocator {
  readonly #taken = new Set<string>();

  /** Marks an id as taken without handing it out, such as one an earlier import gave a course. */
  reserve(id: string): void {
    this.#taken.add(id);
  }

  /** The first free id among `candidates`, else the first with "-2", "-3"… */
  allocate(...candidates: string[]): string {
    const usable = candidates.filter(Boolean);
    const free = usable.find((candidate) => !this.#taken.has(candidate));
    const base = usable[0] || "entry";
    let id = free;
    for (let n = 2; id === undefined; n++) {
      const suffix = `-${n}`;
      const attempt = `${base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
      if (!this.#taken.has(attempt)) id = attempt;
    }
    this.#taken.add(id);
    return id;
  }
}
