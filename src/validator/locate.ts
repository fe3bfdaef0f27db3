import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

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
  const lineCounter = new LineCounter();
  const document = parseDocument(frontMatter, { lineCounter, uniqueKeys: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const start = { line: firstLine, column: 1 };

  /** Walks the path as far as the file writes it; `complete` says whether it got to the end. */
  const walk = (path: readonly PropertyKey[]): { position: Position; complete: boolean } => {
    let node: unknown = document.contents;
    let position: Position = start;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) return { position, complete: false };
        const keyNode = pair.key as Node;
        if (keyNode.range) position = toPosition(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key] as Node | undefined;
        if (!item) return { position, complete: false };
        if (item.range) position = toPosition(item.range[0]);
        node = item;
      } else {
        return { position, complete: false };
      }
    }
    return { position, complete: true };
  };

  return {
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
}
