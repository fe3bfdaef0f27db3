import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

/** A 1-based position in a file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds where a front matter field is written, so a message can point at the
 * line of the offending key. The YAML is parsed a second time by `yaml`
 * (which keeps source positions) purely for locating; values come from js-yaml.
 */
export function createLocator(frontMatter: string, firstLine: number): Locator {
  // Parsed on first use: most files have nothing to point at, and this parse is a third of checking a file.
  let parsed: { lineCounter: LineCounter; document: Document } | undefined;
  const source = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { lineCounter, document: parseDocument(frontMatter, { lineCounter, uniqueKeys: false }) };
    }
    return parsed;
  };
  const toPosition = (offset: number): Position => {
    const { line, col } = source().lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const start = { line: firstLine, column: 1 };

  /** Walks the path as far as the file writes it; `complete` says whether it got to the end. */
  const walk = (path: readonly PropertyKey[]): { position: Position; complete: boolean } => {
    let current: unknown = source().document.contents;
    let position: Position = start;
    for (const key of path) {
      if (isMap(current)) {
        const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) return { position, complete: false };
        const keyNode = pair.key as Node;
        if (keyNode.range) position = toPosition(keyNode.range[0]);
        current = pair.value;
      } else if (isSeq(current) && typeof key === "number") {
        const item = current.items[key] as Node | undefined;
        if (!item) return { position, complete: false };
        if (item.range) position = toPosition(item.range[0]);
        current = item;
      } else {
        return { position, complete: false };
      }
    }
    return { position, complete: true };
  };

  /** The deepest field whose key or value covers `offset`. */
  const fieldAtOffset = (offset: number): PropertyKey[] => {
    const path: PropertyKey[] = [];
    let current: unknown = source().document.contents;
    for (;;) {
      if (isMap(current)) {
        const pair = current.items.find((item) => {
          const from = (item.key as Node | null)?.range?.[0];
          const to = (item.value as Node | null)?.range?.[2] ?? (item.key as Node | null)?.range?.[2];
          return from !== undefined && to !== undefined && from <= offset && offset <= to;
        });
        if (!pair) return path;
        path.push(isScalar(pair.key) ? String(pair.key.value) : "?");
        current = pair.value;
      } else if (isSeq(current)) {
        const index = current.items.findIndex((item) => {
          const range = (item as Node | null)?.range;
          return range !== undefined && range !== null && range[0] <= offset && offset <= range[2];
        });
        if (index === -1) return path;
        path.push(index);
        current = current.items[index];
      } else {
        return path;
      }
    }
  };

  return {
    fieldAt: ({ line, column }) => {
      const start = source().lineCounter.lineStarts[line - firstLine];
      return start === undefined ? [] : fieldAtOffset(start + column - 1);
    },
    locate: (path, fallback) => {
      const found = walk(path);
      return found.complete || fallback === undefined ? found.position : walk(fallback).position;
    },
  };
}

/** Finds fields in one file's front matter. */
export interface Locator {
  /**
   * Position of the key at `path`, or of its nearest written ancestor. When the
   * field is not written at all and `fallback` is given, the position of the
   * fallback field instead (the field that made the missing one necessary).
   */
  locate(path: readonly PropertyKey[], fallback?: readonly PropertyKey[]): Position;
  /** The path of the field written at a position (best effort; [] for none), to name it in a message. */
  fieldAt(position: Position): PropertyKey[];
}
