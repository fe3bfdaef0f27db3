import {
  creditStatusFacet,
  integratedCareAreaFacet,
  learnerMixFacet,
  professionFacet,
  professionGroupFacet,
  providerTypeFacet,
  serviceUserInvolvementFacet,
  themeFacet,
  workforceLevelFacet,
  type CatalogueCourse,
} from "./facets.ts";
import { upcomingRuns } from "./runs.ts";
import type { Course, Presentation } from "./schema/index.ts";
import {
  attendanceModes,
  attendanceModesWithoutVenue,
  attendancePatterns,
  costBandOf,
  costBands,
  creditBandOf,
  creditBands,
  creditSchemes,
  frameworks,
  onlineLocation,
  professions,
  regions,
  startWindows,
  studyModes,
  termById,
  type StartWindowId,
  type Term,
} from "./vocabularies/index.ts";
import { catsEquivalent, headlineCredit } from "./credits.ts";

/** A search filter: the values a course carries, worked out as of the build date. */
export interface SearchFacet {
  /** Filter name in the index and in the search page's URL. */
  readonly key: string;
  /** Legend shown above the filter's options. */
  readonly title: string;
  /** Every value the filter can take, in display order. */
  readonly terms: readonly Term[];
  /** For long lists: the group each value is shown under (professions by profession group). */
  readonly groupOf?: (id: string) => string;
  readonly valuesOf: (entry: CatalogueCourse, asOf: string) => readonly string[];
}

const unique = (values: readonly string[]) => [...new Set(values)];
const fromRuns = (course: Course, asOf: string, pick: (run: Presentation) => string | readonly string[]) =>
  unique(upcomingRuns(course, asOf).flatMap(pick));

/** Browse facets reused as search filters, so a course is counted the same way on both. */
const browse = (facet: typeof themeFacet): SearchFacet => ({
  key: facet.searchKey,
  title: facet.title,
  terms: facet.terms,
  valuesOf: facet.valuesOf,
});

/** Credit levels: FHEQ levels for CATS and ECTS, SCQF levels for SCQF. */
const creditLevels: readonly Term[] = creditSchemes
  .filter((scheme) => scheme.id !== "ECTS")
  .flatMap((scheme) =>
    Array.from({ length: scheme.maxLevel - scheme.minLevel + 1 }, (_, i) => scheme.minLevel + i).map((level) => ({
      id: `${scheme.id === "SCQF" ? "scqf" : "fheq"}-${level}`,
      label: scheme.id === "SCQF" ? `SCQF level ${level}` : `Level ${level}`,
      definition:
        scheme.id === "SCQF" ? `Scottish credit at SCQF level ${level}.` : `UK credit at FHEQ level ${level}.`,
    })),
  );

const frameworkDimensions: readonly Term[] = frameworks.flatMap((framework) =>
  framework.dimensions.map((dimension) => ({
    id: `${framework.id}-${dimension.id}`,
    label: `${framework.id.toUpperCase()} ${dimension.code.replace(/^PCF/, "")} ${dimension.label}`,
    definition: dimension.definition,
  })),
);

/** Which start window a run falls in, counting whole months from the build date. */
function startWindowOf(run: Presentation, asOf: string): StartWindowId {
  if (run.flexibleStart || !run.start) return "any-time";
  const months = (from: string, to: string) =>
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7)) -
    (to.slice(8) < from.slice(8) ? 1 : 0);
  const ahead = months(asOf, run.start);
  if (ahead < 3) return "next-3-months";
  if (ahead < 6) return "3-to-6-months";
  return "later";
}

/** Every filter on the search page, in the order shown. */
export function searchFacets(providers: readonly Term[]): readonly SearchFacet[] {
  return [
    browse(themeFacet),
    { ...browse(professionFacet), groupOf: (id) => termById(professions, id).group },
    browse(professionGroupFacet),
    browse(learnerMixFacet),
    browse(workforceLevelFacet),
    {
      key: "start",
      title: "When it starts",
      terms: startWindows,
      valuesOf: ({ course }, asOf) => {
        const runs = upcomingRuns(course, asOf);
        return runs.length === 0 ? ["not-announced"] : unique(runs.map((run) => startWindowOf(run, asOf)));
      },
    },
    {
      key: "where",
      title: "Region or online",
      terms: [...regions, onlineLocation],
      valuesOf: ({ course }, asOf) =>
        fromRuns(course, asOf, (run) => [
          ...(run.venue ? [run.venue.region] : []),
          ...(run.online || attendanceModesWithoutVenue.includes(run.attendanceMode) ? [onlineLocation.id] : []),
        ]),
    },
    {
      key: "cost",
      title: "Cost",
      terms: costBands,
      valuesOf: ({ course }, asOf) => fromRuns(course, asOf, (run) => costBandOf(run.cost.amount).id),
    },
    {
      key: "study-mode",
      title: "Study mode",
      terms: studyModes,
      valuesOf: ({ course }, asOf) => fromRuns(course, asOf, (run) => run.studyMode),
    },
    {
      key: "attendance",
      title: "Where you learn",
      terms: attendanceModes,
      valuesOf: ({ course }, asOf) => fromRuns(course, asOf, (run) => run.attendanceMode),
    },
    {
      key: "pattern",
      title: "When you attend",
      terms: attendancePatterns,
      valuesOf: ({ course }, asOf) => fromRuns(course, asOf, (run) => run.attendancePattern),
    },
    browse(creditStatusFacet),
    {
      key: "credit-level",
      title: "Credit level",
      terms: creditLevels,
      valuesOf: ({ course }) =>
        unique(course.credits.map((c) => `${c.scheme === "SCQF" ? "scqf" : "fheq"}-${c.level}`)),
    },
    {
      key: "credit-size",
      title: "Amount of credit",
      terms: creditBands,
      valuesOf: ({ course }) => {
        const credit = headlineCredit(course);
        return credit === undefined ? [] : [creditBandOf(catsEquivalent(credit)).id];
      },
    },
    browse(serviceUserInvolvementFacet),
    browse(integratedCareAreaFacet),
    {
      key: "framework",
      title: "Competence framework",
      terms: frameworkDimensions,
      valuesOf: ({ course }) => unique(course.frameworkAlignment.map((a) => `${a.framework}-${a.dimension}`)),
    },
    browse(providerTypeFacet),
    { key: "provider", title: "Provider", terms: providers, valuesOf: ({ provider }) => [provider.id] },
  ];
}
