import type { APIRoute } from "astro";
import { sortRegister } from "../domain/rating-register.ts";
import { ratingRegisterCsv } from "../exports/rating-register-csv.ts";
import { registerData } from "../site/rating-register-page.ts";

/** The whole register as CSV, soonest review first. */
export const GET: APIRoute = async () => {
  const { rows } = await registerData();
  return new Response(ratingRegisterCsv(sortRegister(rows, "review-due")), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
