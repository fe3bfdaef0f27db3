import { searchReturnFor } from "../../search/client/return-to-results.ts";

/**
 * A course page's "Back to results": shown only when this tab opened the course
 * from a search, and leading to the same search, filters and number of results.
 * When the search is the page before, it goes back in history instead, so the
 * list is where the reader left it.
 */
const link = document.querySelector<HTMLAnchorElement>("#back-to-results");
const noted = link ? searchReturnFor(sessionStorage, location.pathname) : undefined;
if (link && noted) {
  link.href = noted.search;
  link.closest<HTMLElement>("[hidden]")?.removeAttribute("hidden");
  link.addEventListener("click", (event) => {
    const from = document.referrer ? new URL(document.referrer) : undefined;
    if (from && from.origin === location.origin && from.pathname + from.search === noted.search) {
      event.preventDefault();
      history.back();
    }
  });
}
