import { columnsOf, type CoverageColumn } from "./coverage.ts";
import {
  accessFacet,
  courseLengthFacet,
  costFacet,
  creditStatusFacet,
  evaluationFacet,
  fundingFacet,
  learnerMixFacet,
  professionGroupFacet,
  serviceUserInvolvementFacet,
  themeFacet,
  topicFacet,
  trainingTypeFacet,
  workforceLevelFacet,
  type BrowseFacet,
  type Facet,
  type SearchFilter,
} from "./facets.ts";
import { serviceUserInvolvementModes, termById } from "./vocabularies/index.ts";

/** A column of a coverage table; its facet is a search filter, so each count links to its search. */
export type CoverageViewColumn = CoverageColumn & { readonly facet: SearchFilter };

/** A coverage matrix: one facet's values down the side, courses with some value or values across. */
export interface CoverageView {
  /** Public: the CSV's and SVG's file name (`/coverage/<key>.csv`) and the section's anchor. */
  readonly key: string;
  readonly title: string;
  /** What the table shows and why it matters, in a sentence or two, under its heading. */
  readonly intro?: string;
  readonly rows: BrowseFacet;
  readonly columns: readonly CoverageViewColumn[];
}

/** A column joining values of one filter, which search ORs: "Free or funded". */
const columnOf = (facet: SearchFilter, id: string, label: string, values: readonly string[]): CoverageViewColumn => ({
  id,
  label,
  facet,
  values,
});
const valueColumn = (facet: SearchFilter & Facet, value: string, label?: string): CoverageViewColumn =>
  columnOf(facet, value, label ?? termById(facet.terms, value).label, [value]);
const everyValue = (facet: SearchFilter): CoverageViewColumn[] =>
  columnsOf(facet).map((column) => ({ ...column, facet }));

/** The ways of taking part that count as service users and carers being involved: planning, delivering, evaluating. */
const involvementModes = serviceUserInvolvementModes.filter((mode) => mode.countsAsInvolvement).map((mode) => mode.id);

/**
 * "Indicators by theme": how many of a theme's courses are inter-professional, involve service users and
 * carers, carry credit, and have a free run. Each column is a search, so each count links to it. The page
 * shows it with shares and run figures, not as a matrix of its own.
 */
export const indicatorTable: CoverageView = {
  key: "indicators-by-theme",
  title: "Indicators by theme",
  rows: themeFacet,
  columns: [
    valueColumn(learnerMixFacet, "inter-professional"),
    columnOf(serviceUserInvolvementFacet, "service-users-involved", "Service users involved", involvementModes),
    columnOf(creditStatusFacet, "carries-credit", "Carry credit", ["accredited", "credit-rated"]),
    valueColumn(costFacet, "free", "Free"),
  ],
};

/**
 * The coverage matrices, each downloadable as CSV and drawn as a heat map: themes by profession group and by
 * workforce level, topics by profession group, and the commissioner's questions from the report (brief §3.3):
 * what is open to front-line staff, service user involvement, evaluation, statutory or mandatory against
 * developmental training, and short sessions against longer programmes.
 */
export const coverageViews: readonly CoverageView[] = [
  {
    key: "themes-by-profession-group",
    title: "Themes by profession group",
    rows: themeFacet,
    columns: everyValue(professionGroupFacet),
  },
  {
    key: "themes-by-workforce-level",
    title: "Themes by workforce level",
    rows: themeFacet,
    columns: everyValue(workforceLevelFacet),
  },
  {
    key: "topics-by-profession-group",
    title: "Topics by profession group",
    rows: topicFacet,
    columns: everyValue(professionGroupFacet),
  },
  {
    key: "equity-by-theme",
    title: "Open to front-line staff, by theme",
    intro:
      "The equity view. The report found development reaches front-line (micro level) staff half as often as senior staff. These are the courses open to staff without a professional registration, those designed for the micro level, and those with a run that is free or has funding to pay the fee.",
    rows: themeFacet,
    columns: [
      valueColumn(accessFacet, "unregistered-staff"),
      valueColumn(workforceLevelFacet, "micro", "Micro level (front line)"),
      columnOf(fundingFacet, "free-or-funded", "Free or funded", ["free", "funded"]),
    ],
  },
  {
    key: "service-user-involvement-by-theme",
    title: "Service user and carer involvement, by theme",
    intro:
      "Courses in which service users and carers help plan, deliver or evaluate the training, which the report asks commissioners to require.",
    rows: themeFacet,
    columns: [
      ...involvementModes.map((mode) => valueColumn(serviceUserInvolvementFacet, mode)),
      columnOf(serviceUserInvolvementFacet, "any", "Any of these", involvementModes),
    ],
  },
  {
    key: "evaluation-by-theme",
    title: "Evaluation, by theme",
    intro:
      "What each course's published evaluation looks at. The report warns that evidence that learning together changes practice is thin: the last two columns are the courses that look for it.",
    rows: themeFacet,
    columns: everyValue(evaluationFacet),
  },
  {
    key: "training-type-by-theme",
    title: "Statutory or mandatory, and developmental, by theme",
    intro: "Training staff must have, against training they choose to develop, as providers describe it.",
    rows: themeFacet,
    columns: everyValue(trainingTypeFacet),
  },
  {
    key: "length-by-theme",
    title: "Length, by theme",
    intro:
      "Short sessions against longer programmes, worked out from each course's hours of learning with a day counted as 7.5 hours.",
    rows: themeFacet,
    columns: everyValue(courseLengthFacet),
  },
];

/** Every table the coverage page shows, each downloadable as CSV and carried in api/coverage.json. */
export const coverageTables: readonly CoverageView[] = [...coverageViews, indicatorTable];
