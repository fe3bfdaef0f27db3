import { convertCredit, type CreditUnit } from "../../domain/credit-conversion.ts";

/** The calculator form is shown only where this script runs; the table above works without it. */
const form = document.getElementById("credit-calculator") as HTMLFormElement;
const amount = document.getElementById("calculator-amount") as HTMLInputElement;
const unit = document.getElementById("calculator-unit") as HTMLSelectElement;
const result = document.getElementById("calculator-result")!;
const format = (value: number) => value.toLocaleString("en-GB", { maximumFractionDigits: 1 });

function show(): void {
  const value = Number(amount.value);
  if (amount.value === "" || !Number.isFinite(value) || value < 0) {
    result.textContent = "Enter an amount of 0 or more.";
    return;
  }
  const converted = convertCredit(value, unit.value as CreditUnit);
  result.textContent = `${format(converted.hours)} hours = ${format(converted.cats)} CATS credits = ${format(converted.ects)} ECTS credits = ${format(converted.scqf)} SCQF credit points`;
}

form.addEventListener("input", show);
form.addEventListener("submit", (event) => event.preventDefault());
form.hidden = false;
show();
