import { IMPORT_TODO_MARKER, isImportTodo } from "../../domain/import-todo.ts";

/** A TODO left by an importer: where it is and what it asks for. */
export interface ImportTodo {
  /** Path to the value, such as ["presentations", 0, "studyMode"]; empty for the body. */
  readonly path: readonly (string | number)[];
  /** The instruction after the marker. */
  readonly instruction: string;
}

/** Deep enough for any real entry; a hostile file cannot make the walk recurse without end. */
const MAX_DEPTH = 8;

/**
 * Finds every TODO an importer left in an entry's front matter, at any depth.
 * Each is reported as one clear error, in place of the type error the schema
 * would otherwise give for a TODO where a list or a date belongs.
 */
export function findImportTodos(data: unknown, path: readonly (string | number)[] = [], depth = 0): ImportTodo[] {
  if (isImportTodo(data)) return [{ path, instruction: instructionOf(data) }];
  if (depth >= MAX_DEPTH || typeof data !== "object" || data === null || data instanceof Date) return [];
  const entries: [string | number, unknown][] = Array.isArray(data)
    ? data.map((value, index) => [index, value])
    : Object.entries(data);
  return entries.flatMap(([key, value]) => findImportTodos(value, [...path, key], depth + 1));
}

/** The instruction a TODO carries, without the marker. */
export function instructionOf(todo: string): string {
  return todo.trimStart().slice(IMPORT_TODO_MARKER.length).trim();
}
