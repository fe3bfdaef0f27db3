import type { Course, Pathway, Provider } from "../../domain/schema/index.ts";
import type { Finding } from "./finding.ts";

/** A valid entry and the file it came from. */
export interface ValidEntry<T> {
  readonly file: string;
  readonly data: T;
  /** The Markdown description below the front matter, so later steps need not read the file again. */
  readonly body: string;
}

/** What checking a whole catalogue yields (see validator/node/validate-catalogue.ts). */
export interface ValidationResult {
  /** Every problem found, errors and warnings, in file order. */
  readonly findings: Finding[];
  /** Number of files looked at. */
  readonly fileCount: number;
  /** Entries whose front matter passes the schema (cross-field rules may still have found errors). */
  readonly providers: ValidEntry<Provider>[];
  readonly courses: ValidEntry<Course>[];
  /** Pathways to awards (content/pathways/), whose front matter passes the schema. */
  readonly pathways: ValidEntry<Pathway>[];
}
