import { parse } from "csv-parse/sync";

/** A sheet that cannot be read at all: the whole import stops with this message. */
export class SheetError extends Error {}

/** A sheet's rows as text cells, with each row's number as a spreadsheet shows it (the header is row 1). */
export interface Sheet {
  readonly header: readonly string[];
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
  /** The separator found: "," or ";" (Excel in many European locales saves with ";"). */
  readonly separator: "," | ";";
}

/** The first line, outside quotes, decides the separator: whichever of , and ; it has more of. */
function separatorOf(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === "\n" || character === "\r")) break;
    else if (!quoted && character === ",") commas++;
    else if (!quoted && character === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Strict UTF-8, so a sheet saved in another encoding is refused with a way out rather than garbled. */
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a CSV file as saved by Excel, LibreOffice or Google Sheets: UTF-8 with or without a BOM, , or ; between cells. */
export function readSheet(bytes: Uint8Array): Sheet {
  let text: string;
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new SheetError(
      'The file is not UTF-8 text. In Excel choose "Save As", then "CSV UTF-8 (Comma delimited)"; in LibreOffice tick "Edit filter settings" and choose Unicode (UTF-8)',
    );
  }
  if (!text.trim()) throw new SheetError("The file is empty: it needs a header row, then one row per run");
  const separator = separatorOf(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new SheetError(
      `The file cannot be read as CSV${lines ? ` at line ${lines}` : ""}: ${(error as Error).message.replace(/^Invalid \w+: /, "")}. Check for a quote mark (") that is opened and not closed`,
    );
  }
  const [header = [], ...body] = records;
  return {
    header: header.map((cell) => cell.trim()),
    rows: body
      .map((cells, index) => ({ row: index + 2, cells }))
      .filter(({ cells }) => cells.some((cell) => cell.trim() !== "")),
    separator,
  };
}
