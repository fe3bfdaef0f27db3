import type { ImportProvenance } from "../../domain/schema/index.ts";
import { fingerprint } from "./fingerprint.ts";

/** The provenance key in front matter; everything else is content. */
export const PROVENANCE_KEY = "xcriImport";

/** A field edited by hand that the feed has changed too: the hand edit is kept and this is reported. */
export interface Conflict {
  readonly field: string;
  /** What the feed now says, shortened, so the provider can decide. */
  readonly feedValue: string;
}

export interface MergeResult {
  /** The fields to write, hand edits kept; without provenance. */
  readonly fields: Record<string, unknown>;
  /** Fingerprints to record: of what the feed said, so the next import can tell edits apart. */
  readonly fingerprints: Record<string, string>;
  /** Fields kept as edited by hand, the feed having not changed them. */
  readonly keptEdits: string[];
  readonly conflicts: Conflict[];
}

const shorten = (value: unknown) => {
  const text = value === undefined ? "(nothing)" : typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
};

const fingerprintsOf = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).flatMap(([key, value]) => {
      const print = fingerprint(value);
      return print ? [[key, print]] : [];
    }),
  );

/**
 * Three-way merge of one entry, field by field: `recorded` is what the last
 * import wrote (as fingerprints), `current` is the file now, `incoming` is the
 * feed now. A field still as imported takes the feed's value; a field edited
 * by hand keeps the edit, and is a conflict when the feed changed it too.
 */
export function mergeEntry(
  incoming: Record<string, unknown>,
  current?: { fields: Record<string, unknown>; provenance: ImportProvenance },
): MergeResult {
  if (!current) return { fields: incoming, fingerprints: fingerprintsOf(incoming), keptEdits: [], conflicts: [] };
  const recorded = current.provenance.fields;
  const merged: Record<string, unknown> = {};
  const keptEdits: string[] = [];
  const conflicts: Conflict[] = [];
  const keys = new Set([...Object.keys(incoming), ...Object.keys(current.fields)]);
  keys.delete(PROVENANCE_KEY);
  for (const key of keys) {
    const base = recorded[key];
    const mine = fingerprint(current.fields[key]);
    const theirs = fingerprint(incoming[key]);
    let value: unknown;
    if (mine === base) value = incoming[key];
    else {
      value = current.fields[key];
      if (theirs === base || theirs === mine) keptEdits.push(key);
      else conflicts.push({ field: key, feedValue: shorten(incoming[key]) });
    }
    if (value !== undefined) merged[key] = value;
  }
  return { fields: merged, fingerprints: fingerprintsOf(incoming), keptEdits, conflicts };
}
