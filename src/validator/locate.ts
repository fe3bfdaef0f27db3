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
export function createLocator(frontMatter: string, firstLine: number): (path: readonly PropertyKey[]) => Position {
  const lineCounter = new LineCounter();
  const document = parseDocument(frontMatter, { lineCounter, uniqueKeys: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const start = { line: firstLine, column: 1 };

  return (path) => {
    let node: unknown = document.contents;
    let position: Position = start;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) return position;
        const keyNode = pair.key as Node;
        if (keyNode.range) position = toPosition(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key] as Node | undefined;
        if (!item) return position;
        if (item.range) position = toPosition(item.range[0]);
        node = item;
      } else {
        return position;
      }
    }
    return position;
  };
}
