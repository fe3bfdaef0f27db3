/**
 * Hands Pagefind its page lists from the packed copies the build writes beside them
 * (packed-page-list.ts): a search by words needs every shard's, and packed they are about
 * two fifths of the size. Pagefind has no setting for where its files come from: it fetches
 * each index's `pagefind.<hash>.pf_meta` with the page's `fetch` while it starts (`init`) and
 * merges an index (`mergeIndex`), and uses the bytes as they are when they are not compressed.
 * So, while `during` runs, `fetch` answers the URLs in `lists` with their bytes, and passes every
 * other request on. Should Pagefind fetch its page lists another way, it downloads the files
 * themselves, which are still there: slower, never wrong. A browser test checks it does not.
 *
 * `lists`: for each page list's path on this site, its bytes.
 */
export async function withPageLists<T>(
  lists: ReadonlyMap<string, () => Promise<Uint8Array>>,
  during: () => Promise<T>,
): Promise<T> {
  const pageFetch = globalThis.fetch;
  const here = globalThis.location?.href;
  // By address without its query: Pagefind may add one to ask past caches.
  const address = (url: string) => {
    const parsed = new URL(url, here);
    parsed.search = "";
    parsed.hash = "";
    return parsed.href;
  };
  const byAddress = new Map([...lists].map(([url, bytes]) => [address(url), bytes]));
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const list = byAddress.get(address(input instanceof Request ? input.url : String(input)));
    return list ? list().then((bytes) => new Response(bytes.slice())) : pageFetch(input, init);
  };
  try {
    return await during();
  } finally {
    globalThis.fetch = pageFetch;
  }
}
