/**
 * A field an importer could not fill is written as a TODO: a string that
 * starts with this marker and says what to choose. The validator reports
 * every such value as an error with that text, so the provider completes the
 * entry in review, instead of meeting a type error about a missing field.
 */
export const IMPORT_TODO_MARKER = "TODO:";

/** Whether a front matter value (or body) is an importer's TODO. */
export function isImportTodo(value: unknown): value is string {
  return typeof value === "string" && value.trimStart().startsWith(IMPORT_TODO_MARKER);
}

/** A TODO value: the marker, where the entry came from, and what the provider must do. */
export function importTodo(source: string, instruction: string): string {
  return `${IMPORT_TODO_MARKER} imported from ${source}; ${instruction}`;
}
