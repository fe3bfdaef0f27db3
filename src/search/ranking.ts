/**
 * How Pagefind ranks a search by words, in one place for the build and the search page.
 *
 * Page length: Pagefind's scoring (BM25) can count a word for less on a long page than on a short one
 * (its `pageLength` weight, 0.75 unless set), for which it needs every page's word count in its page
 * list, which a search by words downloads for every course before its first results: 37 KB of them at
 * 50,000 courses (the five packed lists are 72 KB with them, 35 KB without), where issue 24's budget for that first search is 300 KB. Off: with it off the judged
 * queries (`npm run bench:relevance`) give the same figures for every kind of query as with it on, and
 * the packed page lists (packed-page-list.ts) then carry no word counts. To turn it on, set this to true
 * and run both benches again (`npm run bench:relevance`, `npm run bench`).
 */
export const RANK_BY_PAGE_LENGTH = false;

/** Pagefind's `ranking` option, for every index the search page loads. */
export const PAGEFIND_RANKING: { readonly pageLength?: number } = RANK_BY_PAGE_LENGTH ? {} : { pageLength: 0 };
