import type { Term } from "./term.ts";

/** A term that also has a code in an XCRI-CAP 1.2 vocabulary, used in feeds and imports. */
export interface XcriTerm extends Term {
  /** The two-letter XCRI-CAP 1.2 code written to the `identifier` attribute. */
  readonly xcriCode: string;
  /**
   * The code's caption in the XCRI-CAP 1.2 vocabulary, exactly as the specification writes it
   * ("Face-to-face non-campus"): feeds carry it as the element's text, since aggregators match the
   * text as well as the code. Our own `label` is for people reading this site.
   */
  readonly xcriCaption: string;
}
