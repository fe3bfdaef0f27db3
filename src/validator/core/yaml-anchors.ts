import { CST, Lexer } from "yaml";

/**
 * YAML anchors (`&name`) and aliases (`*name`) let a few lines stand for a
 * huge value ("billion laughs"). js-yaml keeps aliases as shared references,
 * so parsing is cheap, but the schema check and every later step that copies
 * or writes out the data (JSON, the search index, exports) walk every reference.
 * The catalogue never needs them, so both are refused.
 */
export const ANCHOR_MESSAGE = "YAML anchors and aliases (&name, *name) are not allowed";
export const ANCHOR_FIX = "Write the value out in full; if the text starts with & or *, put it in quotes";

/** Tokens the lexer adds that are not in the source text. */
const CONTROL_TOKENS = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * The 1-based position of the first anchor or alias in `frontMatter` (whose
 * line 1 is file line 1), or undefined. Uses the `yaml` lexer rather than a
 * pattern, because `&` and `*` are common in ordinary text ("Tom & Jerry",
 * "*bold*" inside quotes); the lexer is linear and does not recurse, so it is
 * safe on any input.
 */
export function findAnchorOrAlias(frontMatter: string): { line: number; column: number } | undefined {
  // Every anchor starts with & and every alias with *; most entries have neither, and need no lexing.
  if (!/[&*]/.test(frontMatter)) return undefined;
  let offset = 0;
  for (const token of new Lexer().lex(frontMatter)) {
    const type = CST.tokenType(token);
    if (type === "anchor" || type === "alias") {
      const before = frontMatter.slice(0, offset);
      return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
    }
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
  }
  return undefined;
}

/**
 * True when the parsed front matter uses one object or list in two places,
 * which only an alias can cause. A second line of defence in case the two
 * YAML libraries ever disagree about what is an alias; linear in the data.
 */
export function hasSharedValues(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
  }
  return false;
}
