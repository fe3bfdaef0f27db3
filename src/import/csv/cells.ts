import { isIsoDate } from "../../domain/dates.ts";
import { creditSchemes, type Term } from "../../domain/vocabularies/index.ts";
import { didYouMean } from "../../validator/core/suggest.ts";
import type { CellKind } from "./columns.ts";

/** A cell read into the value its field takes, or why it cannot be, in plain words. */
export type CellReading =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

const ok = (value: unknown): CellReading => ({ ok: true, value });
const problem = (text: string): CellReading => ({ ok: false, problem: text });

/** Several values in one cell, separated by semicolons (a comma can be part of a label). */
const splitValues = (cell: string) =>
  cell
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean);

/** A term by its id or its label, ignoring case and spacing. */
function findTerm(terms: readonly Term[], text: string): Term | undefined {
  const wanted = text.toLowerCase().replace(/\s+/g, " ");
  return terms.find((term) => term.id === wanted || term.label.toLowerCase() === wanted);
}

function termProblem(terms: readonly Term[], text: string): string {
  const guess = didYouMean(text, [...terms.map((term) => term.label), ...terms.map((term) => term.id)]);
  const some = terms
    .slice(0, 6)
    .map((term) => term.label)
    .join("; ");
  return `“${text}” is not one of the choices.${guess ? ` Did you mean “${guess}”?` : ""} Choices include: ${some}${terms.length > 6 ? "; …" : ""}`;
}

/** day/month/year as the UK writes it (12/05/2027, 12-5-2027, 12.5.2027) or ISO (2027-05-12). */
export function readDate(cell: string): string | undefined {
  const text = cell.trim();
  if (isIsoDate(text)) return text;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

const FLAGS: Readonly<Record<string, boolean>> = {
  yes: true,
  y: true,
  true: true,
  "1": true,
  no: false,
  n: false,
  false: false,
  "0": false,
};

/** Reads one non-empty cell. */
export function readCell(kind: CellKind, cell: string): CellReading {
  const text = cell.trim();
  switch (kind.kind) {
    case "text":
      return ok(text);
    case "lines":
    case "subjects":
      return ok(splitValues(text));
    case "number": {
      const number = Number(text.replace(/^£/, "").replace(/,/g, ""));
      return Number.isFinite(number) ? ok(number) : problem(`Enter a number, like 20, not “${text}”`);
    }
    case "flag": {
      const flag = FLAGS[text.toLowerCase()];
      return flag === undefined ? problem(`Enter yes or no, not “${text}”`) : ok(flag);
    }
    case "date": {
      const date = readDate(text);
      return date ? ok(date) : problem(`Enter a real date as day/month/year, like 12/05/2027, not “${text}”`);
    }
    case "one": {
      const term = findTerm(kind.terms, text);
      return term ? ok(term.id) : problem(termProblem(kind.terms, text));
    }
    case "many": {
      const ids: string[] = [];
      for (const part of splitValues(text)) {
        const term = findTerm(kind.terms, part);
        if (!term) return problem(termProblem(kind.terms, part));
        if (!ids.includes(term.id)) ids.push(term.id);
      }
      return ok(ids);
    }
    case "credits": {
      const credits = [];
      for (const part of splitValues(text)) {
        const match = /^([A-Za-z]+)\s+(?:level\s+)?(\d+)\s+(\d+(?:\.\d+)?)$/i.exec(part);
        const scheme = match && creditSchemes.find((term) => term.id === match[1]!.toUpperCase());
        if (!match || !scheme)
          return problem(`Write each credit value as scheme, level and credits, like “CATS 6 20”, not “${part}”`);
        credits.push({ scheme: scheme.id, level: Number(match[2]), value: Number(match[3]) });
      }
      return ok(credits);
    }
  }
}
