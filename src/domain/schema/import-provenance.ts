import { z } from "zod";
import { plainText } from "./primitives.ts";

/**
 * Where an imported entry came from, and a fingerprint of each field as the
 * import wrote it. A re-import compares the file with these fingerprints to
 * tell fields nobody has touched (safe to update from the feed) from fields
 * edited by hand (kept, and reported when the feed changed them too).
 * Written and maintained by `npm run import:xcri` and `npm run import:csv`; hand-written entries leave it out.
 */
export const importProvenanceSchema = z.strictObject({
  /** The format the entry was imported from: an XCRI-CAP feed (`npm run import:xcri`) or a spreadsheet (`npm run import:csv`). */
  format: z.enum(["XCRI-CAP 1.2", "CSV"], { error: "Only XCRI-CAP 1.2 and CSV imports are recorded" }),
  /** The entry's identifier in the feed (dc:identifier, or its title when it had none), or in the sheet (provider/course id). */
  source: plainText(300),
  /** Field name → short SHA-256 of the value the import wrote; "(description)" is the Markdown body. */
  fields: z.record(z.string(), z.string().regex(/^[0-9a-f]{16}$/, "Expected a 16-digit hexadecimal fingerprint")),
});

export type ImportProvenance = z.output<typeof importProvenanceSchema>;
