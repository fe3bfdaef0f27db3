/**
 * The obvious alternative to Pagefind, for comparison: the whole catalogue as
 * one JSON file, searched in the browser with MiniSearch. Two variants:
 * "index.html" builds the MiniSearch index in the browser; "prebuilt.html"
 * loads an index serialised at build time plus a display-only JSON.
 * Both pages use the real search page's element ids, so the same browser
 * script drives and times them. Written into the bench's scratch folder only.
 */
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { readRunFacts } from "../src/search/run-facts.ts";
import MiniSearch from "minisearch";
import type { SearchRecord } from "../src/search/record.ts";

/** MiniSearch settings shared by the build-time index and the page (AND across words, prefix match like Pagefind). */
const OPTIONS = {
  fields: ["title", "summary", "provider", "content"],
  searchOptions: { prefix: true, combineWith: "AND", boost: { title: 2 } },
};

interface BaselineDoc {
  readonly id: number;
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly provider: string;
  readonly next: string;
  readonly content?: string;
  readonly filters: Record<string, string[]>;
}

const PAGE = (prebuilt: boolean) => `<!doctype html>
<html lang="en" data-prebuilt="${prebuilt ? "yes" : "no"}">
<head><meta charset="utf-8"><title>Baseline: one JSON file and MiniSearch</title></head>
<body>
<input id="search-term" type="search" aria-label="Search courses">
<div id="filters"></div>
<h2 id="results-heading">Loading courses…</h2>
<ul id="results"></ul>
<script src="minisearch.js"></script>
<script src="app.js"></script>
</body>
</html>
`;

/** The page script: what a developer would write with MiniSearch (counts per filter value included, as the real page shows them). */
const APP = `(async () => {
  const OPTIONS = ${JSON.stringify(OPTIONS)};
  const prebuilt = document.documentElement.dataset.prebuilt === "yes";
  const docs = await (await fetch(prebuilt ? "display.json" : "catalogue.json")).json();
  const index = prebuilt
    ? MiniSearch.loadJSON(await (await fetch("index.json")).text(), OPTIONS)
    : (() => { const built = new MiniSearch(OPTIONS); built.addAll(docs); return built; })();
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const keys = [...new Set(docs.flatMap((doc) => Object.keys(doc.filters)))];
  const params = new URLSearchParams(location.search);
  const state = { term: (params.get("q") || "").trim(), filters: new Map() };
  for (const key of keys) if (params.getAll(key).length) state.filters.set(key, new Set(params.getAll(key)));
  const filtersEl = document.getElementById("filters");
  const values = new Map(keys.map((key) => [key, new Set()]));
  for (const doc of docs) for (const [key, vals] of Object.entries(doc.filters)) for (const v of vals) values.get(key).add(v);
  for (const [key, vals] of values) for (const value of vals) {
    const box = Object.assign(document.createElement("input"), { type: "checkbox", value });
    box.dataset.filter = key;
    box.checked = state.filters.get(key)?.has(value) ?? false;
    const label = document.createElement("label");
    label.append(box, " " + value + " ", Object.assign(document.createElement("span"), { className: "count" }));
    filtersEl.append(label);
  }
  const heading = document.getElementById("results-heading");
  const list = document.getElementById("results");
  function run() {
    const found = state.term ? index.search(state.term).map((hit) => byId.get(hit.id)) : docs;
    const matches = (doc, skip) => [...state.filters].every(([key, set]) => key === skip || (doc.filters[key] || []).some((v) => set.has(v)));
    const results = found.filter((doc) => matches(doc));
    const counts = {};
    for (const key of keys) {
      const base = state.filters.has(key) ? found.filter((doc) => matches(doc, key)) : results;
      const c = (counts[key] = {});
      for (const doc of base) for (const v of doc.filters[key] || []) c[v] = (c[v] || 0) + 1;
    }
    for (const box of filtersEl.querySelectorAll("input")) box.nextSibling.nextSibling.textContent = String(counts[box.dataset.filter][box.value] || 0);
    list.replaceChildren(...results.slice(0, 20).map((doc) => {
      const item = document.createElement("li");
      const link = Object.assign(document.createElement("a"), { href: doc.url, textContent: doc.title });
      item.append(link, Object.assign(document.createElement("p"), { textContent: doc.summary }),
        Object.assign(document.createElement("p"), { textContent: doc.provider + " · " + doc.next }));
      return item;
    }));
    const noun = results.length === 1 ? "course" : "courses";
    heading.textContent = state.term ? results.length + " " + noun + " found for “" + state.term + "”" : results.length + " " + noun;
  }
  let timer;
  document.getElementById("search-term").addEventListener("input", (event) => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.term = event.target.value.trim(); run(); }, 200);
  });
  filtersEl.addEventListener("change", (event) => {
    const box = event.target;
    const set = state.filters.get(box.dataset.filter) || new Set();
    if (box.checked) set.add(box.value); else set.delete(box.value);
    if (set.size) state.filters.set(box.dataset.filter, set); else state.filters.delete(box.dataset.filter);
    run();
  });
  run();
  // Ready for a first query, as the real search page marks it (the benchmark waits for this).
  document.body.dataset.engine = "ready";
})();
`;

async function minify(code: string): Promise<string> {
  try {
    // esbuild comes with Astro; the baseline deserves a minified library too.
    const esbuild = (await import(
      createRequire(import.meta.url).resolve("esbuild", { paths: [process.cwd()] })
    )) as typeof import("esbuild");
    return (await esbuild.transform(code, { minify: true })).code;
  } catch {
    return code;
  }
}

/** Writes both baseline pages, their data and MiniSearch for `records` into `dir`. */
export async function writeBaseline(records: readonly SearchRecord[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const docs: BaselineDoc[] = records.map((record, id) => ({
    id,
    url: record.url,
    title: record.meta.title ?? "",
    summary: record.meta.summary ?? "",
    provider: record.meta.provider ?? "",
    // What the search page's result shows of the soonest run, as one line.
    next: (readRunFacts(record.meta.runs ?? "")[0] ?? []).map(([label, value]) => `${label}: ${value}`).join(" · "),
    content: record.content,
    filters: record.filters,
  }));
  const index = new MiniSearch<BaselineDoc>(OPTIONS as ConstructorParameters<typeof MiniSearch<BaselineDoc>>[0]);
  index.addAll(docs);
  const library = await readFile(path.join(process.cwd(), "node_modules/minisearch/dist/umd/index.js"), "utf8");
  await Promise.all([
    writeFile(path.join(dir, "index.html"), PAGE(false)),
    writeFile(path.join(dir, "prebuilt.html"), PAGE(true)),
    writeFile(path.join(dir, "app.js"), await minify(APP)),
    writeFile(path.join(dir, "minisearch.js"), await minify(library)),
    writeFile(path.join(dir, "catalogue.json"), JSON.stringify(docs)),
    writeFile(path.join(dir, "display.json"), JSON.stringify(docs.map(({ content: _content, ...doc }) => doc))),
    writeFile(path.join(dir, "index.json"), JSON.stringify(index)),
  ]);
}
