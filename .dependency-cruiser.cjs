/**
 * The layers of the code, as rules (`npm run check:layers`, part of `npm test`).
 * Imports point down only:
 *
 *   scripts/, bench/                                       command-line entry points
 *   src/integrations, src/pages, src/components,           the Astro site
 *     src/layouts, src/site
 *   src/search, src/exports, src/docs, src/import,         what is made from the catalogue
 *     src/contribute, src/validator/node, src/build-checks
 *   src/catalogue, src/markdown, src/validator/core        the checked catalogue, Markdown, checks on text
 *   src/domain                                             vocabularies, schema, rules, facets, the clock
 *
 * Each rule's comment is printed when it is broken: it says why the rule exists.
 * docs/architecture.md explains the layers.
 */
const { builtinModules } = require("node:module");

const middle = "^src/(search|exports|docs|import|contribute|validator/node|build-checks)/";
/** Node's built-in modules, by any name they can be imported by ("fs", "node:fs", "fs/promises"). */
const nodeBuiltIns = `^(node:)?(${builtinModules.map((name) => name.replace(/[/\\^$.*+?()[\]{}|]/g, "\\$&")).join("|")})(/|$)`;
/** npm packages that run only in Node. */
const nodeOnlyPackages =
  "(^|/)node_modules/(pagefind|esbuild|astro|@astrojs/check|vitest|@playwright|csv-parse|csv-stringify)/";
const site = "^src/(integrations|pages|components|layouts|site)/";

module.exports = {
  forbidden: [
    {
      name: "imports-resolve",
      severity: "error",
      comment:
        "An import that cannot be found cannot be checked against the layers (and will fail at run time); fix the path, or the stand-in that check-layers writes for .astro files.",
      from: {},
      // Our own imports (relative paths); npm packages with only types or export maps are not followed anyway.
      to: { couldNotResolve: true, path: "^\\." },
    },
    {
      name: "no-circular-imports",
      severity: "error",
      comment:
        "Modules that import each other cannot be understood, tested or moved one at a time. Move what both need into a module of its own below them.",
      from: {},
      to: { circular: true },
    },
    {
      name: "domain-stays-at-the-bottom",
      severity: "error",
      comment:
        "src/domain holds the vocabularies, schema, rules, facet registry and run clock that everything else is derived from; it must not depend on how they are shown, checked or exported.",
      from: { path: "^src/domain/" },
      to: { path: "^(src|scripts|bench|tests)/", pathNot: "^src/domain/" },
    },
    {
      name: "lower-layer-imports-only-domain",
      severity: "error",
      comment:
        "src/catalogue, src/markdown and src/validator/core sit just above the domain and are shared by everything higher up; importing from a higher layer, or from each other, would tie them to one of their users.",
      from: { path: "^src/(catalogue|markdown|validator/core)/" },
      to: { path: "^(src|scripts|bench|tests)/", pathNot: ["^src/domain/", "^src/$1/"] },
    },
    {
      name: "middle-layer-stays-below-the-site",
      severity: "error",
      comment:
        "Search, exports, docs, import, contribute, the Node validator and the build checks are used by the site and by scripts; they must not reach up into the Astro integration, pages or command-line scripts.",
      from: { path: middle },
      to: { path: `${site}|^(scripts|bench|tests)/` },
    },
    {
      name: "middle-layer-siblings-stay-apart",
      severity: "error",
      comment:
        "Modules of the middle layer each do one job from the catalogue; what two of them share belongs in src/domain, src/catalogue, src/markdown or src/validator/core. The one allowed link: the scaffolds and form (contribute) explain fields with the field docs (docs). The Node validator runs the core validator.",
      from: { path: middle },
      to: {
        path: middle,
        pathNot: ["^src/$1/", "^src/docs/"],
      },
    },
    {
      name: "contribute-only-reads-docs",
      severity: "error",
      comment:
        "Only the scaffolds and form may read the field docs; anything else that needs them goes through src/domain.",
      from: { path: "^src/(search|exports|import|validator/node|build-checks)/" },
      to: { path: "^src/docs/" },
    },
    {
      name: "site-helpers-stay-below-pages",
      severity: "error",
      comment:
        "src/site holds helpers for pages (paths, browse lists, view data); it must not import pages, components, layouts or the integration.",
      from: { path: "^src/site/" },
      to: { path: "^src/(pages|components|layouts|integrations)/" },
    },
    {
      name: "pages-read-the-catalogue-not-the-integration",
      severity: "error",
      comment:
        "Pages get the checked catalogue from src/catalogue/hand-off.ts; importing the integration would run its Node code inside page bundles.",
      from: { path: "^src/(pages|components|layouts|site)/" },
      to: { path: "^src/integrations/" },
    },
    {
      name: "integration-does-not-import-pages",
      severity: "error",
      comment: "The integration checks the catalogue and writes the index; pages are Astro's to bundle and render.",
      from: { path: "^src/integrations/" },
      to: { path: "^src/(pages|components|layouts)/" },
    },
    {
      name: "nothing-imports-entry-points",
      severity: "error",
      comment:
        "scripts/ and bench/ are entry points on top of everything; code the site or tests need belongs in src/.",
      from: { path: "^src/" },
      to: { path: "^(scripts|bench)/" },
    },
    {
      name: "browser-code-is-browser-safe",
      severity: "error",
      comment:
        "Scripts bundled for the browser (src/*/client) must not reach Node's built-in modules or Node-only code (the Node validator, the integration, build checks), directly or through other modules.",
      from: { path: "^src/(search|contribute|site)/client/" },
      to: {
        reachable: true,
        path: `${nodeBuiltIns}|${nodeOnlyPackages}|^src/(validator/node|integrations|build-checks|catalogue/hand-off)`,
      },
    },
    {
      name: "place-data-stays-out-of-the-browser",
      severity: "error",
      comment:
        "The place data (src/domain/places/place-data.ts and its JSON, about 500 KB) is for the build and the Node validator. Browser scripts use findPlace with the gazetteer file the site publishes, and the validator core, which the List your course form bundles, is handed the place lookup by the Node validator.",
      from: { path: "^src/(search|contribute|site)/client/|^src/validator/core/" },
      to: { reachable: true, path: "^src/domain/places/(place-data\\.ts|postcode-districts\\.json)$" },
    },
    {
      name: "validator-core-has-no-node",
      severity: "error",
      comment:
        "The core validator also runs in the List your course form in the browser: files, threads and time limits belong in src/validator/node.",
      from: { path: "^src/validator/core/" },
      to: { dependencyTypes: ["core"] },
    },
  ],
  options: {
    // npm packages are not followed: what a package does inside is its bundler's and its authors' business.
    // (The check runs in a scratch copy under node_modules/.cache, so packages resolve to ../ paths.)
    doNotFollow: { path: "node_modules|^\\.\\./" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".mjs", ".js"] },
  },
};
