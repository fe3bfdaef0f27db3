/**
 * The facet registry: every controlled field of the catalogue declared once —
 * its vocabulary, how to read it from an entry, whether it belongs to a course
 * or to each run, and the public names it goes by (browse folder, search
 * parameter, CSV column, glossary anchor). Browse pages, search filters and the
 * search index, coverage, the CSV, the glossary, `npm run vocabulary`, the
 * List your course form and `npm run new:course` all derive from this list, so
 * a new controlled field is one entry here (see docs/architecture.md).
 *
 * Public names are what people link to and parse; they never change once
 * published. `tests/unit/facet-registry.test.ts` keeps a snapshot of them.
 */
import { effectiveCreditStatus, ratingStatusOf } from "./credit-rating.ts";
import { catsEquivalent, headlineCredit } from "./credits.ts";
import { isOnlineRun, joinableRuns, runTiming, startWindowsOf } from "./runs.ts";
import type { Course, Presentation, Provider } from "./schema/index.ts";
import {
  attendanceModes,
  attendancePatterns,
  costBandOf,
  costBands,
  courseStatuses,
  creditBandOf,
  creditBands,
  creditSchemes,
  creditStatuses,
  frameworks,
  integratedCareAreas,
  learnerMixes,
  learningForms,
  onlineLocation,
  partnerRoles,
  professionGroups,
  professions,
  providerTypes,
  ratingStatuses,
  regions,
  serviceUserInvolvementModes,
  startWindows,
  studyModes,
  subThemes,
  termById,
  themes,
  workforceLevels,
  type Term,
} from "./vocabularies/index.ts";
import { topics } from "./vocabularies/topics.ts";
import { accessTerms } from "./vocabularies/access.ts";
import { fundingTerms } from "./vocabularies/funding.ts";
import { courseLengths } from "./vocabularies/course-lengths.ts";
import { evaluationLevels, noEvaluationPublished } from "./vocabularies/evaluation.ts";
import { trainingTypeNotStated, trainingTypes } from "./vocabularies/training-types.ts";
import { courseLength } from "./hours.ts";

/** A course with the provider that runs it: what every browse page, facet and export works from. */
export interface CatalogueCourse {
  readonly course: Course;
  readonly provider: Provider;
}

/** How the List your course form and `npm run new:course` ask for a field a provider fills in. */
export interface FacetQuestion {
  /** The front matter key the answer is written to. */
  readonly key: string;
  /** The `npm run new:course` flag, such as "learner-mix". */
  readonly flag: string;
  /** The question, in plain words. */
  readonly ask: string;
  /** Whether several values may be chosen. */
  readonly many: boolean;
  /** The answer given when the question is left empty; without one, an answer is needed. */
  readonly fallback?: string;
}

/** One controlled field, and every way the site uses it. */
export interface Facet {
  /** The field's one name in code, such as "serviceUserInvolvement". */
  readonly name: string;
  /** Heading for its values: filter legend, browse heading, glossary section, "Service user and carer involvement". */
  readonly title: string;
  /** Singular noun for one value, used in page titles ("Theme: Communication"). */
  readonly noun: string;
  /** The front matter field that holds the values, or how they are worked out, for the glossary and docs. */
  readonly field: string;
  /** Every value, in display order. The provider facet's come from the catalogue (see `catalogueFacets`). */
  readonly terms: readonly Term[];
  /** For long lists: the groups values are shown under, and each value's group (professions by profession group). */
  readonly groups?: { readonly terms: readonly Term[]; readonly of: (id: string) => string };
  /**
   * "course" when a value belongs to the whole course; "run" when it belongs to
   * each run, and a course carries the values of the runs a learner can still join.
   */
  readonly scope: "course" | "run";
  /** For run facets: the values of one run on `asOf`. */
  readonly runValuesOf?: (run: Presentation, asOf: string) => readonly string[];
  /** The ids of this facet's terms that a course carries on `asOf` (a rating can lapse, runs pass). */
  readonly valuesOf: (entry: CatalogueCourse, asOf: string) => readonly string[];
  /** Public: the anchor of its section on the glossary page and the `npm run vocabulary` name. */
  readonly glossaryKey?: string;
  /** A sentence the glossary adds under the section's heading, where a term needs more than its definitions. */
  readonly glossaryNote?: string;
  /** Public: a browse page per value under this folder (`/themes/communication/`). */
  readonly browse?: {
    readonly folder: string;
    /** Listed under "Browse courses" on the home page. */
    readonly onHomePage: boolean;
  };
  /** Public: a filter on the search page, with this URL parameter (`/search/?theme=…`) and index filter name. */
  readonly search?: {
    readonly param: string;
    /** Shown open when the page loads: the filters practitioners reach for first. */
    readonly openAtFirst: boolean;
    /**
     * Whether a search's words that name one of its values (the label or an alias, such
     * as "OT" or "palliative care") find the courses with that value, as well as the
     * courses whose text has the words.
     */
    readonly matchesWords: boolean;
  };
  /** Public: the column of the courses CSV holding its values (joined with ";"). */
  readonly csvColumn?: string;
  /** How providers are asked for it; absent for values that are worked out or asked elsewhere. */
  readonly question?: FacetQuestion;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** A facet whose values belong to runs: a course carries the values of the runs a learner can still join. */
function runFacet<const F extends Omit<Facet, "scope" | "valuesOf" | "runValuesOf">>(
  facet: F,
  runValuesOf: (run: Presentation, asOf: string) => readonly string[],
) {
  return {
    ...facet,
    scope: "run" as const,
    runValuesOf,
    valuesOf: (entry: CatalogueCourse, asOf: string) =>
      unique(joinableRuns(entry.course, asOf).flatMap((run) => runValuesOf(run, asOf))),
  } satisfies Facet;
}

const creditLevelId = (scheme: string, level: number) => `${scheme === "SCQF" ? "scqf" : "fheq"}-${level}`;

/** Credit levels: FHEQ levels for CATS and ECTS, SCQF levels for SCQF. */
const creditLevels: readonly Term[] = creditSchemes
  .filter((scheme) => scheme.id !== "ECTS")
  .flatMap((scheme) =>
    Array.from({ length: scheme.maxLevel - scheme.minLevel + 1 }, (_, i) => scheme.minLevel + i).map((level) => ({
      id: creditLevelId(scheme.id, level),
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

const professionGroupOf = (id: string) => termById(professions, id).group;

export const topicFacet = {
  name: "topics",
  title: "Topics",
  noun: "Topic",
  field: "topics",
  terms: topics,
  scope: "course",
  valuesOf: ({ course }) => course.topics,
  glossaryKey: "topics",
  browse: { folder: "topics", onHomePage: true },
  search: { param: "topic", openAtFirst: true, matchesWords: true },
  csvColumn: "topics",
  question: {
    key: "topics",
    flag: "topics",
    ask: "What is it about? (topics; leave empty if none fits)",
    many: true,
    fallback: "",
  },
} satisfies Facet;
export const themeFacet = {
  name: "themes",
  title: "Themes",
  noun: "Theme",
  field: "themes",
  terms: themes,
  scope: "course",
  valuesOf: ({ course }) => course.themes,
  glossaryKey: "themes",
  browse: { folder: "themes", onHomePage: true },
  search: { param: "theme", openAtFirst: true, matchesWords: true },
  csvColumn: "themes",
  question: { key: "themes", flag: "themes", ask: "Which themes does it address?", many: true },
} satisfies Facet;
export const subThemeFacet = {
  name: "subThemes",
  title: "Sub-themes",
  noun: "Sub-theme",
  field: "subThemes",
  terms: subThemes,
  scope: "course",
  valuesOf: ({ course }) => course.subThemes,
  glossaryKey: "sub-themes",
} satisfies Facet;
export const professionFacet = {
  name: "professions",
  title: "Professions",
  noun: "Profession",
  field: "professions",
  terms: professions,
  groups: { terms: professionGroups, of: professionGroupOf },
  scope: "course",
  valuesOf: ({ course }) => course.professions,
  glossaryKey: "professions",
  browse: { folder: "professions", onHomePage: false },
  search: { param: "profession", openAtFirst: true, matchesWords: true },
  csvColumn: "professions",
  question: {
    key: "professions",
    flag: "professions",
    ask: "Which professions and staff groups is it open to?",
    many: true,
  },
} satisfies Facet;
export const professionGroupFacet = {
  name: "professionGroups",
  title: "Profession groups",
  noun: "Profession group",
  field: "(worked out from professions)",
  terms: professionGroups,
  scope: "course",
  valuesOf: ({ course }) => unique(course.professions.map(professionGroupOf)),
  glossaryKey: "profession-groups",
  browse: { folder: "profession-groups", onHomePage: true },
  search: { param: "profession-group", openAtFirst: false, matchesWords: true },
} satisfies Facet;
export const learnerMixFacet = {
  name: "learnerMix",
  title: "Who learns together",
  noun: "Learner mix",
  field: "learnerMix",
  terms: learnerMixes,
  scope: "course",
  valuesOf: ({ course }) => course.learnerMix,
  glossaryKey: "learner-mix",
  browse: { folder: "learner-mix", onHomePage: false },
  search: { param: "mix", openAtFirst: false, matchesWords: true },
  csvColumn: "learner_mix",
  question: {
    key: "learnerMix",
    flag: "learner-mix",
    ask: "Who learns together? (empty: worked out from the professions)",
    many: true,
    fallback: "",
  },
} satisfies Facet;
export const workforceLevelFacet = {
  name: "workforceLevels",
  title: "Workforce levels",
  noun: "Workforce level",
  field: "workforceLevels",
  terms: workforceLevels,
  scope: "course",
  valuesOf: ({ course }) => course.workforceLevels,
  glossaryKey: "workforce-levels",
  browse: { folder: "workforce-levels", onHomePage: true },
  search: { param: "level", openAtFirst: false, matchesWords: false },
  csvColumn: "workforce_levels",
  question: {
    key: "workforceLevels",
    flag: "levels",
    ask: "Which workforce levels is it for?",
    many: true,
    fallback: "micro",
  },
} satisfies Facet;
export const accessFacet = {
  name: "access",
  title: "Open to staff without registration",
  noun: "Who may join",
  field: "openToUnregisteredStaff",
  terms: accessTerms,
  scope: "course",
  valuesOf: ({ course }) => [course.openToUnregisteredStaff ? "unregistered-staff" : "registered-only"],
  glossaryKey: "access",
  search: { param: "open-to", openAtFirst: false, matchesWords: false },
} satisfies Facet;
export const learningFormFacet = {
  name: "learningForms",
  title: "Forms of learning",
  noun: "Form of learning",
  field: "learningForms",
  terms: learningForms,
  scope: "course",
  valuesOf: ({ course }) => course.learningForms,
  glossaryKey: "learning-forms",
  question: { key: "learningForms", flag: "forms", ask: "Which forms of learning does it use?", many: true },
} satisfies Facet;
export const trainingTypeFacet = {
  name: "trainingType",
  title: "Statutory, mandatory or developmental",
  noun: "Type of training",
  field: "trainingType",
  terms: [...trainingTypes, trainingTypeNotStated],
  scope: "course",
  valuesOf: ({ course }) => [course.trainingType ?? trainingTypeNotStated.id],
  glossaryKey: "training-types",
  glossaryNote: "“Not stated” is shown where the provider has not said; the catalogue never guesses.",
  search: { param: "training-type", openAtFirst: false, matchesWords: true },
  csvColumn: "training_type",
} satisfies Facet;
export const courseLengthFacet = {
  name: "courseLength",
  title: "Length",
  noun: "Length",
  field: "(worked out from notionalHours, else cpdHours)",
  terms: courseLengths,
  scope: "course",
  valuesOf: ({ course }) => [courseLength(course).id],
  glossaryKey: "course-lengths",
  glossaryNote:
    "A course's length is worked out from its hours of learning (its notional hours, else its CPD hours), with a day counted as 7.5 hours. Providers do not choose it.",
  search: { param: "length", openAtFirst: false, matchesWords: false },
  csvColumn: "length",
} satisfies Facet;
export const startWindowFacet = {
  name: "startWindow",
  title: "When it starts",
  noun: "Start",
  field: "(worked out from presentations[].start)",
  terms: startWindows,
  scope: "run",
  runValuesOf: (run, asOf) => {
    const window = runTiming(run, asOf).startWindow;
    return window ? [window] : [];
  },
  // A course with no run to join is "No dates announced", so every course has a value.
  valuesOf: ({ course }, asOf) => startWindowsOf(course, asOf),
  glossaryKey: "start-windows",
  search: { param: "start", openAtFirst: true, matchesWords: false },
} satisfies Facet;
export const whereFacet = runFacet(
  {
    name: "where",
    title: "Region or online",
    noun: "Region",
    field: "(worked out from presentations[].venue.region and presentations[].online)",
    terms: [...regions, onlineLocation],
    search: { param: "where", openAtFirst: true, matchesWords: true },
  },
  (run) => [...(run.venue ? [run.venue.region] : []), ...(isOnlineRun(run) ? [onlineLocation.id] : [])],
);
export const costFacet = runFacet(
  {
    name: "cost",
    title: "Cost",
    noun: "Cost",
    field: "(worked out from presentations[].cost)",
    terms: costBands,
    glossaryKey: "cost-bands",
    search: { param: "cost", openAtFirst: false, matchesWords: false },
  },
  (run) => [costBandOf(run.cost.amount).id],
);
export const fundingFacet = runFacet(
  {
    name: "funding",
    title: "Free or funded",
    noun: "Funding",
    field: "(worked out from presentations[].cost.amount and presentations[].fundingNote)",
    terms: fundingTerms,
    glossaryKey: "funding",
    search: { param: "funding", openAtFirst: false, matchesWords: false },
  },
  (run) => [run.cost.amount === 0 ? "free" : run.fundingNote ? "funded" : "fee"],
);
export const studyModeFacet = runFacet(
  {
    name: "studyMode",
    title: "Study mode",
    noun: "Study mode",
    field: "presentations[].studyMode",
    terms: studyModes,
    glossaryKey: "study-modes",
    search: { param: "study-mode", openAtFirst: false, matchesWords: true },
    csvColumn: "study_mode",
  },
  (run) => [run.studyMode],
);
export const attendanceModeFacet = runFacet(
  {
    name: "attendanceMode",
    title: "Where you learn",
    noun: "Where you learn",
    field: "presentations[].attendanceMode",
    terms: attendanceModes,
    glossaryKey: "attendance-modes",
    search: { param: "attendance", openAtFirst: false, matchesWords: true },
    csvColumn: "attendance_mode",
  },
  (run) => [run.attendanceMode],
);
export const attendancePatternFacet = runFacet(
  {
    name: "attendancePattern",
    title: "When you attend",
    noun: "When you attend",
    field: "presentations[].attendancePattern",
    terms: attendancePatterns,
    glossaryKey: "attendance-patterns",
    search: { param: "pattern", openAtFirst: false, matchesWords: true },
    csvColumn: "attendance_pattern",
  },
  (run) => [run.attendancePattern],
);
export const creditStatusFacet = {
  name: "creditStatus",
  title: "Academic credit",
  noun: "Credit status",
  field: "creditStatus",
  terms: creditStatuses,
  scope: "course",
  valuesOf: ({ course }, asOf) => [effectiveCreditStatus(course, asOf)],
  glossaryKey: "credit-statuses",
  browse: { folder: "credit-status", onHomePage: true },
  search: { param: "credit", openAtFirst: false, matchesWords: false },
  csvColumn: "credit_status",
  question: {
    key: "creditStatus",
    flag: "credit-status",
    ask: "Does it carry academic credit?",
    many: false,
    fallback: "not-credit-rated",
  },
} satisfies Facet;
export const ratingStatusFacet = {
  name: "ratingStatus",
  title: "Credit rating status",
  noun: "Credit rating status",
  field: "(worked out from creditRating.reviewDue)",
  terms: ratingStatuses,
  scope: "course",
  valuesOf: ({ course }, asOf) => {
    const status = ratingStatusOf(course, asOf);
    return status ? [status] : [];
  },
  glossaryKey: "rating-statuses",
} satisfies Facet;
export const creditSchemeFacet = {
  name: "creditScheme",
  title: "Credit schemes",
  noun: "Credit scheme",
  field: "credits[].scheme",
  terms: creditSchemes,
  scope: "course",
  valuesOf: ({ course }) => unique(course.credits.map((credit) => credit.scheme)),
  glossaryKey: "credit-schemes",
} satisfies Facet;
export const creditLevelFacet = {
  name: "creditLevel",
  title: "Credit level",
  noun: "Credit level",
  field: "(worked out from credits[].scheme and credits[].level)",
  terms: creditLevels,
  scope: "course",
  valuesOf: ({ course }) => unique(course.credits.map((credit) => creditLevelId(credit.scheme, credit.level))),
  search: { param: "credit-level", openAtFirst: false, matchesWords: false },
} satisfies Facet;
export const creditSizeFacet = {
  name: "creditSize",
  title: "Amount of credit",
  noun: "Amount of credit",
  field: "(worked out from credits)",
  terms: creditBands,
  scope: "course",
  valuesOf: ({ course }) => {
    const credit = headlineCredit(course);
    return credit === undefined ? [] : [creditBandOf(catsEquivalent(credit)).id];
  },
  glossaryKey: "credit-bands",
  search: { param: "credit-size", openAtFirst: false, matchesWords: false },
} satisfies Facet;
export const serviceUserInvolvementFacet = {
  name: "serviceUserInvolvement",
  title: "Service user and carer involvement",
  noun: "Service user involvement",
  field: "serviceUserInvolvement.modes",
  terms: serviceUserInvolvementModes,
  scope: "course",
  valuesOf: ({ course }) => course.serviceUserInvolvement.modes,
  glossaryKey: "service-user-involvement",
  glossaryNote:
    "A course is marked “Service users and carers involved” when they help plan, deliver or evaluate it. Learning alongside staff, or being consulted as a representative, is shown on the course but does not count on its own.",
  browse: { folder: "service-user-involvement", onHomePage: false },
  search: { param: "involvement", openAtFirst: false, matchesWords: false },
  csvColumn: "service_user_involvement",
  question: {
    key: "serviceUserInvolvement",
    flag: "service-users",
    ask: "How do service users and carers take part?",
    many: true,
    fallback: "none",
  },
} satisfies Facet;
export const evaluationFacet = {
  name: "evaluation",
  title: "Evaluation published",
  noun: "Evaluated for",
  field: "evaluation.levels",
  terms: [...evaluationLevels, noEvaluationPublished],
  scope: "course",
  valuesOf: ({ course }) => course.evaluation?.levels ?? [noEvaluationPublished.id],
  glossaryKey: "evaluation",
  glossaryNote:
    "What a course's published evaluation looks at. The report warns that evidence that learning together changes practice is thin, and asks providers to record it.",
  search: { param: "evaluated", openAtFirst: false, matchesWords: false },
  csvColumn: "evaluation",
} satisfies Facet;
export const integratedCareAreaFacet = {
  name: "integratedCareAreas",
  title: "Integrated care areas",
  noun: "Integrated care area",
  field: "integratedCareAreas",
  terms: integratedCareAreas,
  scope: "course",
  valuesOf: ({ course }) => course.integratedCareAreas,
  glossaryKey: "integrated-care-areas",
  browse: { folder: "integrated-care-areas", onHomePage: true },
  search: { param: "care-area", openAtFirst: false, matchesWords: true },
} satisfies Facet;
export const frameworkFacet = {
  name: "frameworks",
  title: "Competence frameworks",
  noun: "Competence framework",
  field: "frameworkAlignment[].framework",
  terms: frameworks,
  scope: "course",
  valuesOf: ({ course }) => unique(course.frameworkAlignment.map((alignment) => alignment.framework)),
  glossaryKey: "frameworks",
} satisfies Facet;
export const frameworkDimensionFacet = {
  name: "frameworkDimension",
  title: "Competence framework",
  noun: "Framework area",
  field: "frameworkAlignment[].dimension",
  terms: frameworkDimensions,
  scope: "course",
  valuesOf: ({ course }) => unique(course.frameworkAlignment.map((a) => `${a.framework}-${a.dimension}`)),
  search: { param: "framework", openAtFirst: false, matchesWords: false },
} satisfies Facet;
export const regionFacet = {
  name: "regions",
  title: "Regions",
  noun: "Region",
  field: "region, presentations[].venue.region",
  terms: regions,
  scope: "course",
  valuesOf: ({ course, provider }) =>
    unique([provider.region, ...course.presentations.flatMap((run) => (run.venue ? [run.venue.region] : []))]),
  glossaryKey: "regions",
} satisfies Facet;
export const providerTypeFacet = {
  name: "providerType",
  title: "Provider types",
  noun: "Provider type",
  field: "type (providers)",
  terms: providerTypes,
  scope: "course",
  valuesOf: ({ provider }) => [provider.type],
  glossaryKey: "provider-types",
  browse: { folder: "provider-types", onHomePage: true },
  search: { param: "provider-type", openAtFirst: false, matchesWords: true },
  csvColumn: "provider_type",
} satisfies Facet;
/** The catalogue's providers; its terms are filled in from the catalogue by `catalogueFacets`. */
export const providerFacet = {
  name: "provider",
  title: "Provider",
  noun: "Provider",
  field: "provider",
  terms: [],
  scope: "course",
  valuesOf: ({ provider }) => [provider.id],
  search: { param: "provider", openAtFirst: false, matchesWords: true },
} satisfies Facet;
export const partnerRoleFacet = {
  name: "partnerRoles",
  title: "Partner roles",
  noun: "Partner role",
  field: "partners[].roles",
  terms: partnerRoles,
  scope: "course",
  valuesOf: ({ course }) => unique(course.partners.flatMap((partner) => partner.roles)),
  glossaryKey: "partner-roles",
} satisfies Facet;
export const courseStatusFacet = {
  name: "courseStatus",
  title: "Course status",
  noun: "Course status",
  field: "status",
  terms: courseStatuses,
  scope: "course",
  valuesOf: ({ course }) => [course.status],
  glossaryKey: "course-statuses",
  csvColumn: "status",
} satisfies Facet;

/**
 * Every controlled field, in the order a reader meets them on a course page:
 * the order of the glossary, the browse lists and the search filters.
 */
export const facetRegistry: readonly Facet[] = [
  topicFacet,
  themeFacet,
  subThemeFacet,
  professionFacet,
  professionGroupFacet,
  learnerMixFacet,
  workforceLevelFacet,
  accessFacet,
  learningFormFacet,
  trainingTypeFacet,
  courseLengthFacet,
  startWindowFacet,
  whereFacet,
  costFacet,
  fundingFacet,
  studyModeFacet,
  attendanceModeFacet,
  attendancePatternFacet,
  creditStatusFacet,
  ratingStatusFacet,
  creditSchemeFacet,
  creditLevelFacet,
  creditSizeFacet,
  serviceUserInvolvementFacet,
  evaluationFacet,
  integratedCareAreaFacet,
  frameworkFacet,
  frameworkDimensionFacet,
  regionFacet,
  providerTypeFacet,
  providerFacet,
  partnerRoleFacet,
  courseStatusFacet,
];

/** A provider as a term of the provider facet. */
export const providerTerm = (provider: Provider): Term => ({
  id: provider.id,
  label: provider.name,
  definition: provider.description,
});

/** The registry for one catalogue: the provider facet's terms are its providers. */
export function catalogueFacets(providers: Iterable<Provider>): readonly Facet[] {
  const providerTerms = [...providers].map(providerTerm);
  return facetRegistry.map((facet) => (facet === providerFacet ? { ...facet, terms: providerTerms } : facet));
}

/** A facet that is a search filter. */
export type SearchFilter = Facet & { readonly search: NonNullable<Facet["search"]> };
/** A facet with a glossary section. */
export type GlossaryFacet = Facet & { readonly glossaryKey: string };
/**
 * A facet with browse pages. It is a search filter too: a browse page lists the
 * soonest courses and links to search for the rest.
 */
export type BrowseFacet = SearchFilter & { readonly browse: NonNullable<Facet["browse"]> };

/**
 * The values of the run filters for each run a search filters by, soonest
 * first: a course's joinable runs (see `joinableRuns`). A course with none has
 * one stand-in carrying the course's own values (only "No dates announced"), so
 * a search filters every course by its runs and a result always has a run to show.
 */
export function searchRunValues(
  entry: CatalogueCourse,
  asOf: string,
  filters: readonly SearchFilter[],
): Record<string, string[]>[] {
  const runFilters = filters.filter((facet) => facet.scope === "run");
  const runs = joinableRuns(entry.course, asOf);
  if (runs.length === 0)
    return [Object.fromEntries(runFilters.map((facet) => [facet.search.param, [...facet.valuesOf(entry, asOf)]]))];
  return runs.map((run) =>
    Object.fromEntries(
      runFilters.map((facet) => {
        if (!facet.runValuesOf) throw new Error(`The run facet "${facet.name}" has no runValuesOf`);
        return [facet.search.param, [...facet.runValuesOf(run, asOf)]];
      }),
    ),
  );
}

/** The search filters, in the order the search page shows them. */
export const searchFilters = (facets: readonly Facet[]): readonly SearchFilter[] =>
  facets.filter((facet): facet is SearchFilter => facet.search !== undefined);

/** The vocabularies the glossary explains, in the order it shows them. */
export const glossaryFacets = facetRegistry.filter((facet): facet is GlossaryFacet => facet.glossaryKey !== undefined);

/** Facets with a browse page per value, in the order the browse lists show them. */
export const browseFacets = facetRegistry.filter(
  (facet): facet is BrowseFacet => facet.browse !== undefined && facet.search !== undefined,
);

/** Each facet's courses by value, worked out once per list of courses, facet and date. */
const byValueCache = new WeakMap<
  readonly CatalogueCourse[],
  Map<Facet, { asOf: string; byValue: Map<string, unknown[]> }>
>();

/**
 * The courses in `entries` carrying each of a facet's values, in the order of
 * `entries`. Pages ask for one value after another of the same list (every
 * browse page, every count, every cell of the coverage matrix): sorting the
 * list once instead of scanning it per value saved seconds at 10,000 courses.
 */
export function coursesByValue<T extends CatalogueCourse>(
  facet: Facet,
  entries: readonly T[],
  asOf: string,
): ReadonlyMap<string, readonly T[]> {
  let forEntries = byValueCache.get(entries);
  if (!forEntries) byValueCache.set(entries, (forEntries = new Map()));
  const cached = forEntries.get(facet);
  if (cached?.asOf === asOf) return cached.byValue as Map<string, T[]>;
  const byValue = new Map<string, T[]>();
  for (const entry of entries)
    for (const value of new Set(facet.valuesOf(entry, asOf))) {
      const list = byValue.get(value);
      if (list) list.push(entry);
      else byValue.set(value, [entry]);
    }
  forEntries.set(facet, { asOf, byValue });
  return byValue;
}

/** Courses carrying a facet value, in the order of `entries`. */
export function coursesWith<T extends CatalogueCourse>(
  facet: Facet,
  id: string,
  entries: readonly T[],
  asOf: string,
): readonly T[] {
  return coursesByValue(facet, entries, asOf).get(id) ?? [];
}

/** How many of `entries` carry each of a facet's values. */
export function valueCounts(
  facet: Facet,
  entries: readonly CatalogueCourse[],
  asOf: string,
): ReadonlyMap<string, number> {
  return new Map([...coursesByValue(facet, entries, asOf)].map(([value, courses]) => [value, courses.length]));
}
