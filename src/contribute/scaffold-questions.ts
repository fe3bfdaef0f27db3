import {
  allVocabularies,
  creditStatuses,
  learnerMixes,
  learningForms,
  professions,
  providerTypes,
  regions,
  serviceUserInvolvementModes,
  themes,
  workforceLevels,
  type Term,
} from "../domain/vocabularies/index.ts";
import type { Question } from "./questions.ts";

const keyOf = (terms: readonly Term[]) => allVocabularies.find((vocabulary) => vocabulary.terms === terms)?.key;

const vocabularyQuestion = (
  key: string,
  flag: string,
  ask: string,
  terms: readonly Term[],
  extra: Partial<Question> = {},
): Question => {
  const vocabulary = keyOf(terms);
  return { key, flag, ask, terms, ...(vocabulary ? { vocabulary } : {}), ...extra };
};

/** What `npm run new:course` asks, in order; `providers` are the catalogue's providers. */
export function courseQuestions(providers: readonly Term[]): Question[] {
  return [
    { key: "provider", flag: "provider", ask: "Which provider runs the course?", terms: providers },
    { key: "title", flag: "title", ask: "Course title, as learners will see it" },
    { key: "id", flag: "id", ask: "Id for the file name (leave empty to make one from the title)", fallback: "" },
    { key: "summary", flag: "summary", ask: "One-sentence summary (160 characters at most)" },
    vocabularyQuestion("themes", "themes", "Which themes does it address?", themes, { many: true }),
    vocabularyQuestion("professions", "professions", "Which professions and staff groups is it open to?", professions, {
      many: true,
    }),
    vocabularyQuestion(
      "learnerMix",
      "learner-mix",
      "Who learns together? (empty: worked out from the professions)",
      learnerMixes,
      { many: true, fallback: "" },
    ),
    vocabularyQuestion("workforceLevels", "levels", "Which workforce levels is it for?", workforceLevels, {
      many: true,
      fallback: "micro",
    }),
    vocabularyQuestion("learningForms", "forms", "Which forms of learning does it use?", learningForms, { many: true }),
    {
      key: "learningOutcomes",
      flag: "outcome",
      ask: "One thing learners will be able to do by the end (add more in the file)",
    },
    vocabularyQuestion("creditStatus", "credit-status", "Does it carry academic credit?", creditStatuses, {
      fallback: "not-credit-rated",
    }),
    vocabularyQuestion(
      "serviceUserInvolvement",
      "service-users",
      "How do service users and carers take part?",
      serviceUserInvolvementModes,
      { many: true, fallback: "none" },
    ),
  ];
}

/** What `npm run new:provider` asks, in order. */
export const providerQuestions: readonly Question[] = [
  { key: "name", flag: "name", ask: "The organisation's name" },
  { key: "id", flag: "id", ask: "Id for the file name (leave empty to make one from the name)", fallback: "" },
  vocabularyQuestion("type", "type", "What kind of organisation is it?", providerTypes),
  vocabularyQuestion("region", "region", "Where is it based?", regions),
  { key: "url", flag: "url", ask: "Its website (https://…)" },
  { key: "email", flag: "email", ask: "Email address for course enquiries" },
  { key: "description", flag: "description", ask: "One or two sentences about it (400 characters at most)" },
];
