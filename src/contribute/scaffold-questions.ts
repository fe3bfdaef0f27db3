import { facetRegistry, providerTypeFacet, regionFacet, type Facet, type FacetQuestion } from "../domain/facets.ts";
import type { Term } from "../domain/vocabularies/index.ts";
import type { Question } from "./questions.ts";

/** A question about a controlled field, as the facet registry declares it. */
const facetQuestion = (facet: Facet, question: FacetQuestion): Question => ({
  key: question.key,
  flag: question.flag,
  ask: question.ask,
  terms: facet.terms,
  ...(facet.glossaryKey ? { vocabulary: facet.glossaryKey } : {}),
  ...(question.many ? { many: true } : {}),
  ...(question.fallback !== undefined ? { fallback: question.fallback } : {}),
});

/** Every controlled field the registry says providers are asked for, in its order. */
const controlledQuestions = (): Question[] =>
  facetRegistry.flatMap((facet) => (facet.question ? [facetQuestion(facet, facet.question)] : []));

/** What `npm run new:course` asks, in order; `providers` are the catalogue's providers. */
export function courseQuestions(providers: readonly Term[]): Question[] {
  return [
    { key: "provider", flag: "provider", ask: "Which provider runs the course?", terms: providers },
    { key: "title", flag: "title", ask: "Course title, as learners will see it" },
    { key: "id", flag: "id", ask: "Id for the file name (leave empty to make one from the title)", fallback: "" },
    { key: "summary", flag: "summary", ask: "One-sentence summary (160 characters at most)" },
    ...controlledQuestions(),
    {
      key: "learningOutcomes",
      flag: "outcome",
      ask: "One thing learners will be able to do by the end (add more in the file)",
    },
  ];
}

/** What `npm run new:provider` asks, in order. */
export const providerQuestions: readonly Question[] = [
  { key: "name", flag: "name", ask: "The organisation's name" },
  { key: "id", flag: "id", ask: "Id for the file name (leave empty to make one from the name)", fallback: "" },
  facetQuestion(providerTypeFacet, { key: "type", flag: "type", ask: "What kind of organisation is it?", many: false }),
  facetQuestion(regionFacet, { key: "region", flag: "region", ask: "Where is it based?", many: false }),
  { key: "url", flag: "url", ask: "Its website (https://…)" },
  { key: "email", flag: "email", ask: "Email address for course enquiries" },
  // Course directories that read the XCRI-CAP feed need a postal address and phone for each provider.
  {
    key: "address",
    flag: "address",
    ask: "Building and street of its main site, without the town and postcode (leave empty to add later)",
    fallback: "",
  },
  { key: "postcode", flag: "postcode", ask: "Postcode of its main site (leave empty to add later)", fallback: "" },
  { key: "phone", flag: "phone", ask: "Phone number for course enquiries (leave empty to add later)", fallback: "" },
  { key: "description", flag: "description", ask: "One or two sentences about it (400 characters at most)" },
];
