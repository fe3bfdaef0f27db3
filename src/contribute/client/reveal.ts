/**
 * GOV.UK conditional reveal: a block marked data-reveal-for="<field>" shows only while that field's
 * answer is one of data-reveal-when, or is none of data-reveal-unless (space-separated; "" is
 * no answer). Several checked boxes count as each of their values. Hidden questions are not sent.
 */
export function applyReveals(form: HTMLFormElement) {
  for (const block of Array.from(form.querySelectorAll<HTMLElement>("[data-reveal-for]"))) {
    const controls = Array.from(
      form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(block.dataset.revealFor!)}"]`),
    );
    const answers = controls.flatMap((control) =>
      control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")
        ? control.checked
          ? [control.value]
          : []
        : control.value
          ? [control.value]
          : [],
    );
    const values = answers.length ? answers : [""];
    const when = block.dataset.revealWhen?.split(" ");
    const unless = block.dataset.revealUnless?.split(" ");
    const shown = when
      ? values.some((value) => when.includes(value))
      : !values.every((value) => unless?.includes(value));
    block.hidden = !shown;
  }
}
