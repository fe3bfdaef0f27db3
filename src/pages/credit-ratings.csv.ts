import type { APIRoute } from "astro";
import { stringify } from "csv-stringify/sync";
import { registerCsvRecords, sortRegister } from "../domain/rating-register.ts";
import { registerData } from "../site/rating-register-page.ts";

/** The whole register as RFC 4180 CSV (UTF-8 with a byte order mark, so spreadsheet programs read accents). */
export const GET: APIRoute = async () => {
  const { rows } = await registerData();
  const csv = stringify(registerCsvRecords(sortRegister(rows, "review-due")), {
    bom: true,
    record_delimiter: "windows",
  });
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
