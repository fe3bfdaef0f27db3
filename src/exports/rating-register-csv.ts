/** The credit-rating register as CSV (RFC 4180, UTF-8 with a byte order mark, so spreadsheet programs read accents). */
import { stringify } from "csv-stringify/sync";
import type { RegisterRow } from "../domain/rating-register.ts";
import { ratingStatuses, termById } from "../domain/vocabularies/index.ts";

const header = [
  "Activity",
  "Provider",
  "Rating university",
  "Level",
  "CATS credits",
  "ECTS credits",
  "Rated on",
  "Review due",
  "Status",
  "Reference",
];

/** The register's rows, in the order given, as the CSV download (credit-ratings.csv). */
export function ratingRegisterCsv(rows: readonly RegisterRow[]): string {
  const records = rows.map((row) => [
    row.activity,
    row.provider.name,
    row.ratingBody?.name ?? "",
    row.level,
    row.cats ?? "",
    row.ects ?? "",
    row.ratedOn ?? "",
    row.reviewDue ?? "",
    termById(ratingStatuses, row.status).label,
    row.reference ?? "",
  ]);
  return stringify([header, ...records], { bom: true, record_delimiter: "windows" });
}
