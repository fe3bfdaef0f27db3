import { describe, expect, it } from "vitest";
import { courseQuestions } from "../../src/contribute/scaffold-questions.ts";
import { coursesCsv } from "../../src/exports/courses-csv.ts";
import {
  browseFacets,
  catalogueFacets,
  facetRegistry,
  glossaryFacets,
  providerFacet,
  searchFilters,
} from "../../src/domain/facets.ts";
import { courseSchema, providerSchema } from "../../src/domain/schema/index.ts";
import { involvesServiceUsers, serviceUserInvolvementModes } from "../../src/domain/vocabularies/index.ts";
import { phraseOf } from "../../src/domain/words.ts";
import { validCourse, validProvider } from "../helpers/catalogue.ts";

const unique = (values: readonly (string | undefined)[]) => {
  const present = values.filter((value) => value !== undefined);
  return new Set(present).size === present.length;
};

describe("the facet registry", () => {
  it("keeps every public name people link to or parse (change one only with a redirect or alias)", () => {
    const publicNames = facetRegistry.map((facet) => ({
      name: facet.name,
      scope: facet.scope,
      ...(facet.browse ? { browseFolder: facet.browse.folder } : {}),
      ...(facet.search ? { searchParam: facet.search.param } : {}),
      ...(facet.csvColumn ? { csvColumn: facet.csvColumn } : {}),
      ...(facet.glossaryKey ? { glossaryAnchor: facet.glossaryKey } : {}),
    }));
    expect(publicNames).toMatchSnapshot();
  });

  it("gives each facet its own name, folder, parameter, column and glossary anchor", () => {
    expect(unique(facetRegistry.map((facet) => facet.name))).toBe(true);
    expect(unique(facetRegistry.map((facet) => facet.browse?.folder))).toBe(true);
    expect(unique(facetRegistry.map((facet) => facet.search?.param))).toBe(true);
    expect(unique(facetRegistry.map((facet) => facet.csvColumn))).toBe(true);
    expect(unique(facetRegistry.map((facet) => facet.glossaryKey))).toBe(true);
    expect(unique(facetRegistry.map((facet) => facet.question?.flag))).toBe(true);
  });

  it("gives each name a search's words can use one meaning within its filter (labels and aliases as search reads them)", () => {
    for (const facet of facetRegistry.filter((candidate) => candidate.search?.matchesWords)) {
      const names = facet.terms.flatMap((term) => [term.label, ...(term.aliases ?? [])].map(phraseOf));
      expect(
        names.filter((name, index) => names.indexOf(name) !== index),
        facet.name,
      ).toEqual([]);
    }
  });

  it("makes every browse facet a search filter, since a long browse page links to search for the rest", () => {
    const browsable = facetRegistry.filter((facet) => facet.browse);
    expect(browseFacets).toEqual(browsable);
    for (const facet of browsable) expect(facet.search, facet.name).toBeDefined();
  });

  it("declares how run facets read one run, and course facets do not", () => {
    for (const facet of facetRegistry) expect(facet.runValuesOf !== undefined, facet.name).toBe(facet.scope === "run");
  });

  it("fills the provider filter from the catalogue's own providers", () => {
    const provider = providerSchema.parse(validProvider());
    const facets = catalogueFacets([provider]);
    const providers = facets.find((facet) => facet.name === providerFacet.name)!;
    expect(providers.terms).toEqual([{ id: provider.id, label: provider.name, definition: provider.description }]);
    expect(searchFilters(facets).map((facet) => facet.name)).toContain("provider");
  });

  it("derives the glossary, the CSV columns and the scaffold's questions from the registry", () => {
    expect(glossaryFacets.map((facet) => facet.glossaryKey)).toEqual(
      facetRegistry.flatMap((facet) => (facet.glossaryKey ? [facet.glossaryKey] : [])),
    );
    const header = coursesCsv([], { asOf: "2026-11-25", page: (id) => id })
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]!
      .split(",");
    for (const facet of facetRegistry) if (facet.csvColumn) expect(header, facet.name).toContain(facet.csvColumn);
    // The columns published before the registry keep their places; later ones come after them.
    const published =
      "course_id,title,provider_id,provider,provider_type,status,credit_status,credit_scheme,credit_level,credit_value,themes,professions,workforce_levels,learner_mix,service_user_involvement,run_id,start,flexible_start,end,apply_by,study_mode,attendance_mode,attendance_pattern,venue,town,postcode,region,online,cost_gbp,places,apply_url,page";
    expect(header.slice(0, published.split(",").length).join(",")).toBe(published);
    expect(header.slice(published.split(",").length)).toEqual(["topics", "training_type", "length", "evaluation"]);
    const asked = courseQuestions([]).map((question) => question.key);
    for (const facet of facetRegistry) if (facet.question) expect(asked, facet.name).toContain(facet.question.key);
  });
});

describe("service users and carers involved", () => {
  it("means helping to plan, deliver or evaluate, as the glossary says", () => {
    expect(involvesServiceUsers(["planning"])).toBe(true);
    expect(involvesServiceUsers(["evaluating", "participant-learner"])).toBe(true);
    expect(involvesServiceUsers(["participant-learner"])).toBe(false);
    expect(involvesServiceUsers(["special-interest-representative"])).toBe(false);
    expect(involvesServiceUsers(["none"])).toBe(false);
    const counted = serviceUserInvolvementModes.filter((mode) => mode.countsAsInvolvement).map((mode) => mode.id);
    expect(counted).toEqual(["planning", "delivering", "evaluating"]);
  });

  it("is the same test for the course's badge, its search result and coverage", async () => {
    const { searchRecord } = await import("../../src/search/record.ts");
    const { coverageMatrix } = await import("../../src/domain/coverage.ts");
    const { indicatorTable } = await import("../../src/domain/coverage-views.ts");
    const involvedColumn = indicatorTable.columns.filter((column) => column.id === "service-users-involved");
    const provider = providerSchema.parse(validProvider());
    for (const modes of [["participant-learner"], ["delivering"]]) {
      const course = courseSchema.parse(
        validCourse({ serviceUserInvolvement: { modes, description: "Carers from the local forum." } }),
      );
      const record = searchRecord({ course, provider }, "Text.", {
        asOf: "2026-11-25",
        url: "/",
        facets: searchFilters(catalogueFacets([provider])),
      });
      const involved = involvesServiceUsers(modes);
      expect(record.meta.serviceUsers).toBe(involved ? "yes" : "no");
      const counted = coverageMatrix([{ course, provider }], indicatorTable.rows, involvedColumn, "2026-11-25")
        .flat()
        .reduce((sum, cell) => sum + cell.count, 0);
      expect(counted).toBe(involved ? course.themes.length : 0);
    }
  });
});
