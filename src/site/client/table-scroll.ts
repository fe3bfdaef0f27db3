/**
 * Tables too wide for the screen scroll sideways inside their frame (ScrollTable.astro). This marks each
 * frame with whether its table is cut off and on which side, so the stylesheet shades that edge and shows
 * the hint "Scroll sideways to see more" only while there is more to see; without the script the hint always
 * shows. The hint keeps its space either way (it turns invisible, not absent), so nothing moves when this
 * runs. The scroll box is a tab stop only while it scrolls: keyboard users need it to scroll, not to stop on
 * a table that fits.
 */
function mark(frame: HTMLElement, scroller: HTMLElement): void {
  const hidden = scroller.scrollWidth - scroller.clientWidth;
  const overflows = hidden > 1;
  frame.dataset.overflow = String(overflows);
  frame.dataset.cutLeft = String(overflows && scroller.scrollLeft > 1);
  frame.dataset.cutRight = String(overflows && scroller.scrollLeft < hidden - 1);
  if (overflows) scroller.tabIndex = 0;
  else if (document.activeElement !== scroller) scroller.removeAttribute("tabindex");
}

for (const frame of document.querySelectorAll<HTMLElement>("[data-table-scroll]")) {
  const scroller = frame.querySelector<HTMLElement>(".table-scroll");
  if (!scroller) continue;
  const update = () => mark(frame, scroller);
  update();
  scroller.addEventListener("scroll", update, { passive: true });
  new ResizeObserver(update).observe(scroller);
}
