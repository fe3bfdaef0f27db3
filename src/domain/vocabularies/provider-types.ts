import type { Term } from "./term.ts";

/** Kinds of organisation that provide courses (domain brief §1.3). */
export const providerTypes = [
  {
    id: "hei",
    label: "University",
    definition: "A higher education institution (HEI) that can award degrees and academic credit.",
  },
  {
    id: "fe-college",
    label: "Further education college",
    definition: "A college offering vocational courses and some higher education, often with a partner university.",
  },
  {
    id: "nhs-trust",
    label: "NHS trust",
    definition:
      "An NHS body providing services, such as a community, mental health or acute trust, or a primary care trust (PCT).",
  },
  { id: "local-authority", label: "Local authority", definition: "A council's adult or children's social services." },
  { id: "gp-practice", label: "GP practice", definition: "A general practice or a group of practices." },
  {
    id: "voluntary-sector",
    label: "Voluntary organisation",
    definition: "A charity or voluntary and community sector organisation.",
  },
  {
    id: "service-user-led",
    label: "Service-user-led organisation",
    definition: "An organisation run by and for people who use services, or by carers.",
  },
  {
    id: "national-agency",
    label: "National agency",
    definition: "A national body that develops or commissions learning for the health and care workforce.",
  },
  {
    id: "independent",
    label: "Independent provider",
    definition: "A private training company or independent health or care provider.",
  },
] as const satisfies readonly Term[];

export type ProviderTypeId = (typeof providerTypes)[number]["id"];
