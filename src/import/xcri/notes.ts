/** Something in the feed the importer could not carry into the entry, and why. */
export interface Unmapped {
  /** The source element, such as "presentation[2]/studyMode". */
  readonly element: string;
  /** What the feed said (shortened when long). */
  readonly value: string;
  readonly reason: string;
}

const MAX_VALUE_CHARS = 120;

/**
 * What mapping one entry left undone: elements it could not carry and fields
 * it left as TODOs. Every mapper writes here, so nothing is dropped silently.
 */
export class MappingNotes {
  readonly unmapped: Unmapped[] = [];
  readonly todos: string[] = [];

  /** Records an element that could not be mapped. */
  skip(element: string, value: string, reason: string): void {
    const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 1)}…` : value;
    this.unmapped.push({ element, value: shown, reason });
  }

  /** Records a field written as a TODO for the provider to complete. */
  todo(field: string): void {
    this.todos.push(field);
  }
}
