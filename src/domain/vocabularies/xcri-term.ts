import type { Term } from "./term.ts";

/** A term that also has a code in an XCRI-CAP 1.2 vocabulary, used in feeds and imports. */
export interface XcriTerm extends Term {
  /** The two-letter XCRI-CAP 1.2 code written to the `identifier` attribute. */
  readonly xcriCode: string;
}
