/**
 * Checks on a content file's raw text that come before any parsing: content
 * arrives from strangers by pull request, so size, NUL bytes and invisible
 * text-direction characters are refused outright rather than passed on.
 */

/** A problem at a 1-based position in the file. */
export interface TextProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fix: string;
}

/**
 * Largest file accepted, in bytes. A course entry is a few kilobytes; the
 * limit keeps every later step (YAML, Markdown, schema) bounded in time and memory.
 */
export const MAX_FILE_BYTES = 256 * 1024;

/** Refuses a file over the size limit; takes the size alone so a file need not be read to be refused. */
export function checkFileSize(bytes: number): TextProblem | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return {
    line: 1,
    column: 1,
    message: `The file is ${Math.ceil(bytes / 1024)} KB; files over ${MAX_FILE_BYTES / 1024} KB are refused`,
    fix: "Shorten the description; an entry is a page or two of text, and anything longer belongs on the provider's own website",
  };
}

/**
 * Turns string indexes into 1-based lines and columns (UTF-16 code units, as
 * editors and the YAML and Markdown parsers count). Indexes must not decrease
 * between calls, which keeps a scan of the whole file linear.
 */
function lineCounter(text: string): (index: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (index) => {
    for (; scanned < index; scanned++) {
      if (text.charCodeAt(scanned) === 10) {
        line++;
        lineStart = scanned + 1;
      }
    }
    return { line, column: index - lineStart + 1 };
  };
}

/**
 * Refuses NUL characters. They are never part of text: a file saved as UTF-16
 * or a binary file has them, and YAML and Markdown tools treat them differently.
 */
export function findNul(text: string): TextProblem | undefined {
  const index = text.indexOf("\u0000");
  if (index === -1) return undefined;
  return {
    ...lineCounter(text)(index),
    message: "The file contains a NUL character (a zero byte), so it is not plain text",
    fix: "Save the file as UTF-8 text in your editor; a file saved as UTF-16, or a binary file, has NUL bytes",
  };
}

/**
 * Invisible characters that change the order in which text is displayed.
 * They can make a title, an id or a link read differently from what it says
 * ("Trojan Source", CVE-2021-42574), so a reviewer could approve text they cannot see.
 */
const BIDI_CONTROLS: Readonly<Record<string, string>> = {
  "\u061C": "arabic letter mark",
  "\u200E": "left-to-right mark",
  "\u200F": "right-to-left mark",
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
};

const BIDI_PATTERN = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Reports the first text-direction control character on each line that has one. */
export function findBidiControls(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  const positionOf = lineCounter(text);
  let lastLine = 0;
  for (const match of text.matchAll(BIDI_PATTERN)) {
    const position = positionOf(match.index);
    if (position.line === lastLine) continue;
    lastLine = position.line;
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    problems.push({
      ...position,
      message: `An invisible text-direction character (U+${code}, ${BIDI_CONTROLS[match[0]]}) is not allowed`,
      fix: "Delete it and retype the text around it; such characters make text display differently from how it reads",
    });
  }
  return problems;
}
