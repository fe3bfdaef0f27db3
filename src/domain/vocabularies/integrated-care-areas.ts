import type { Term } from "./term.ts";

/** Areas of integrated care (report Q12, L9112–9125, plus client groups the report names). */
export const integratedCareAreas = [
  {
    id: "health-and-leisure",
    label: "Health and leisure services",
    definition: "Joint health and leisure services, such as exercise on referral.",
  },
  {
    id: "shared-records",
    label: "Shared health and social care records",
    definition: "Joint records used by health and social care staff.",
  },
  {
    id: "shared-information-systems",
    label: "Shared information systems",
    definition: "Joint health and social care IT and information systems.",
  },
  { id: "older-people", label: "Older people", definition: "Multi-agency services for older people." },
  {
    id: "children-and-young-people",
    label: "Children and young people",
    definition: "Multi-agency services for children, young people and families.",
  },
  {
    id: "ethnically-sensitive-services",
    label: "Ethnically sensitive services",
    definition: "Services that respond to people's ethnicity, culture and language.",
  },
  {
    id: "asylum-seekers-and-refugees",
    label: "Asylum seekers and refugees",
    definition: "Joint health and social needs assessment and support for asylum seekers and refugees.",
  },
  {
    id: "service-user-groups",
    label: "Supporting service user groups",
    definition: "Supporting groups run by and for people who use services.",
  },
  {
    id: "sure-start",
    label: "Sure Start and early years",
    definition: "Early years initiatives such as Sure Start and children's centres.",
  },
  {
    id: "joint-appointments",
    label: "Joint appointments",
    definition: "Posts shared between health and social care organisations.",
  },
  {
    id: "mental-health",
    label: "Mental health",
    definition: "Services for people with mental health problems, including service-user-led services.",
  },
  {
    id: "learning-disabilities",
    label: "Learning disabilities",
    definition: "Services for people with learning disabilities, including those led by users and carers.",
  },
  {
    id: "joint-training",
    label: "Joint training",
    definition: "Training shared by all staff across health and social care.",
  },
  {
    id: "one-stop-services",
    label: "One-stop services",
    definition: "A single point of access to health and social care.",
  },
  {
    id: "long-term-conditions",
    label: "Long-term conditions",
    definition: "Care for people living with conditions such as diabetes, COPD or heart disease.",
  },
  {
    id: "end-of-life",
    label: "End of life care",
    definition: "Care and support for people who are dying and for those close to them.",
  },
  {
    id: "substance-misuse",
    label: "Drugs and alcohol",
    definition: "Services for people who misuse drugs or alcohol.",
  },
  {
    id: "public-health",
    label: "Public health and local needs",
    definition: "Improving the health of local communities and assessing local needs.",
  },
  {
    id: "unscheduled-care",
    label: "Urgent and unscheduled care",
    definition: "Care when people need it at short notice, including ambulance and walk-in services.",
  },
] as const satisfies readonly Term[];

export type IntegratedCareAreaId = (typeof integratedCareAreas)[number]["id"];
