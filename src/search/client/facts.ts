import { factLabels } from "../../domain/fact-labels.ts";
import type { ResultData } from "./index-files.ts";
import { distanceText } from "./nearby.ts";
import { readRunFacts, type RunFact } from "../run-facts.ts";

/**
 * A result's details with the run it found: its place among the course's runs in search, and
 * in a search near a place, how far its venue is in miles.
 */
export type Shown = ResultData & { readonly run: number; readonly miles?: number };

/**
 * What a result shows of the run it found: the pairs the build wrote for each
 * of the course's runs in search (see courseFacts), at the place the search found.
 */
export function factsOf({ meta, run, miles }: Shown): readonly RunFact[] {
  const runs = readRunFacts(meta.runs ?? "");
  const facts = runs[run] ?? runs[0] ?? [];
  if (miles === undefined) return facts;
  // The distance goes straight after where the run meets.
  const where = facts.findIndex(([label]) => label === factLabels.where);
  const distance: RunFact = [factLabels.distance, distanceText(miles)];
  return where < 0 ? [...facts, distance] : [...facts.slice(0, where + 1), distance, ...facts.slice(where + 1)];
}
