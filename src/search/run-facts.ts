/**
 * How a search record carries what a result says of each of its runs (see
 * courseFacts): one line per run, facts separated by tabs, each "Label: value".
 * Plain text rather than JSON in the record's meta (itself JSON), which halved
 * these bytes: every result's details are downloaded before it is shown.
 */

/** One fact: its label ("Cost") and value ("Free"). */
export type RunFact = readonly [label: string, value: string];

const RUN = "\n";
const FACT = "\t";
const LABEL = ": ";

/** Writes each run's facts as the record's meta holds them; tabs and line breaks in a value become spaces. */
export function writeRunFacts(runs: readonly (readonly { label: string; value: string }[])[]): string {
  return runs
    .map((facts) => facts.map(({ label, value }) => `${label}${LABEL}${value.replace(/[\t\r\n]+/g, " ")}`).join(FACT))
    .join(RUN);
}

/** Reads the meta back: for each run, its facts in order. */
export function readRunFacts(text: string): RunFact[][] {
  if (text === "") return [];
  return text.split(RUN).map((line) =>
    line.split(FACT).map((fact): RunFact => {
      const at = fact.indexOf(LABEL);
      return at < 0 ? [fact, ""] : [fact.slice(0, at), fact.slice(at + LABEL.length)];
    }),
  );
}
