/**
 * A course page's "Print CPD record": marks the page so that its print styles keep only the CPD record,
 * prints, and clears the mark once printing is over. Without JavaScript the button stays hidden and the
 * section says how to print the record from its own link (which the print styles treat the same way).
 */
const button = document.querySelector<HTMLButtonElement>("#print-cpd-record");
if (button) {
  const root = document.documentElement;
  button.closest<HTMLElement>("[hidden]")?.removeAttribute("hidden");
  document.querySelector<HTMLElement>("#cpd-print-help")?.setAttribute("hidden", "");
  addEventListener("afterprint", () => root.classList.remove("print-record"));
  button.addEventListener("click", () => {
    root.classList.add("print-record");
    print();
  });
}
