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
export function findImportTodos(data: unknown): ImportTodo[] {
  const found: ImportTodo[] = [];
  // One path, grown and shrunk as the walk goes, copied only for a TODO: every file is walked, and a new
  // path and list for each of its values cost 2 s of validating 50,000 courses.
  const path: (string | number)[] = [];
  const walk = (value: unknown): void => {
    if (isImportTodo(value)) {
      found.push({ path: [...path], instruction: instructionOf(value) });
      return;
    }
    if (path.length >= MAX_DEPTH || typeof value !== "object" || value === null || value instanceof Date) return;
    const keys: readonly (string | number)[] = Array.isArray(value) ? Array.from(value.keys()) : Object.keys(value);
    for (const key of keys) {
      path.push(key);
      walk((value as Record<string | number, unknown>)[key]);
      path.pop();
    }
  };
  walk(data);
  return found;
}

/** The instruction a TODO carries, without the marker. */
export function instructionOf(todo: string): string {
  return todo.trimStart().slice(IMPORT_TODO_MARKER.length).trim();
}
