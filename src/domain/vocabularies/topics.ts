import type { IntegratedCareAreaId } from "./integrated-care-areas.ts";
import type { Term } from "./term.ts";

/** What a course is about: a condition, a group of people, or an area of practice. */
export interface Topic extends Term {
  /**
   * Other words practitioners use for it: abbreviations, older or everyday names.
   * Lower case unless an abbreviation or a name; search treats each as meaning the topic.
   */
  readonly aliases: readonly string[];
  /** The report's integrated care area this topic is part of, where there is one. */
  readonly careArea?: IntegratedCareAreaId;
}

/**
 * Topics practitioners search for. The report's six themes say how staff learn
 * together (team working, communication…); topics say what the learning is about.
 */
export const topics = [
  {
    id: "dementia",
    label: "Dementia",
    definition: "Caring for and supporting people living with dementia and their families.",
    aliases: ["Alzheimer's", "memory loss", "cognitive impairment"],
    careArea: "older-people",
  },
  {
    id: "mental-health",
    label: "Mental health",
    definition: "Mental health and wellbeing, mental illness and recovery.",
    aliases: ["MH", "mental illness", "psychiatric", "psychological", "talking therapies", "IAPT"],
    careArea: "mental-health",
  },
  {
    id: "learning-disabilities",
    label: "Learning disabilities",
    definition: "Supporting people with learning disabilities and their health.",
    aliases: ["LD", "learning disability", "learning difficulties", "intellectual disability"],
    careArea: "learning-disabilities",
  },
  {
    id: "diabetes",
    label: "Diabetes",
    definition: "Recognising, managing and living with diabetes.",
    aliases: ["diabetic", "blood sugar"],
    careArea: "long-term-conditions",
  },
  {
    id: "long-term-conditions",
    label: "Long-term conditions",
    definition: "Conditions people live with for years, such as COPD, heart failure and arthritis.",
    aliases: ["LTC", "chronic conditions", "chronic disease", "COPD"],
    careArea: "long-term-conditions",
  },
  {
    id: "end-of-life-care",
    label: "End of life care",
    definition: "Care and support in the last months of life, and for those close to the person.",
    aliases: ["palliative care", "palliative", "EOL", "dying", "bereavement"],
    careArea: "end-of-life",
  },
  {
    id: "older-people",
    label: "Older people",
    definition: "Health and care of older people, including keeping well and independent.",
    aliases: ["elderly", "older adults", "ageing", "frailty"],
    careArea: "older-people",
  },
  {
    id: "safeguarding-adults",
    label: "Safeguarding adults",
    definition: "Protecting adults at risk from abuse and neglect.",
    aliases: ["adult protection", "vulnerable adults", "adult abuse"],
  },
  {
    id: "safeguarding-children",
    label: "Safeguarding children",
    definition: "Protecting children and young people from abuse and neglect.",
    aliases: ["child protection", "safeguarding young people"],
    careArea: "children-and-young-people",
  },
  {
    id: "children-and-families",
    label: "Children and families",
    definition: "Services for children, young people and their families.",
    aliases: ["children", "young people", "early years", "families", "childcare", "child care"],
    careArea: "children-and-young-people",
  },
  {
    id: "carers",
    label: "Carers",
    definition: "Supporting and working with unpaid family carers.",
    aliases: ["family carers", "unpaid carers", "carer's assessment"],
  },
  {
    id: "medicines",
    label: "Medicines",
    definition: "Giving, managing and reviewing medicines safely.",
    aliases: ["medication", "prescribing", "drugs administration"],
  },
  {
    id: "falls",
    label: "Falls",
    definition: "Preventing falls and helping people recover after a fall.",
    aliases: ["falls prevention", "fall"],
    careArea: "older-people",
  },
  {
    id: "substance-misuse",
    label: "Drugs and alcohol",
    definition: "Harmful use of alcohol and drugs, and the services that help.",
    aliases: ["substance misuse", "drug and alcohol", "alcohol", "drug misuse", "addiction"],
    careArea: "substance-misuse",
  },
  {
    id: "public-health",
    label: "Public health",
    definition: "Improving the health of a population and reducing inequalities in health.",
    aliases: ["health improvement", "health promotion", "health inequalities", "prevention"],
    careArea: "public-health",
  },
  {
    id: "oral-health",
    label: "Oral health",
    definition: "Mouth care and dental health.",
    aliases: ["mouth care", "dental"],
  },
  {
    id: "urgent-care",
    label: "Urgent and unscheduled care",
    definition: "Care when people need help quickly: walk-in, out-of-hours, ambulance and emergency services.",
    aliases: ["unscheduled care", "out of hours", "A&E", "emergency care"],
    careArea: "unscheduled-care",
  },
  {
    id: "primary-care",
    label: "Primary care",
    definition: "General practice and the primary health care team, where most people first go for help.",
    aliases: ["general practice", "GP surgery", "primary health care", "PHCT"],
  },
  {
    id: "information-sharing",
    label: "Information sharing and records",
    definition: "Sharing information and records safely between services.",
    aliases: [
      "records",
      "information governance",
      "data sharing",
      "data protection",
      "GDPR",
      "confidentiality",
      "IT systems",
    ],
    careArea: "shared-records",
  },
  {
    id: "leadership-and-management",
    label: "Leadership and management",
    definition: "Leading teams and services, managing change and developing staff.",
    aliases: ["leadership", "management", "team leader", "managing change"],
  },
  {
    id: "assessment-and-care-planning",
    label: "Assessment and care planning",
    definition: "Assessing people's needs and planning their care together.",
    aliases: ["care planning", "assessment", "care coordination", "CPA"],
  },
  {
    id: "integrated-care",
    label: "Integrated care",
    definition:
      "Joining up health, social care and voluntary services in general, rather than for one condition or group.",
    aliases: ["integration", "integrated working", "joint working", "joined-up care"],
  },
  {
    id: "commissioning",
    label: "Commissioning",
    definition: "Planning and paying for services to meet a population's needs, and redesigning them with partners.",
    aliases: ["practice based commissioning", "PBC", "joint commissioning", "service planning", "service redesign"],
  },
  {
    id: "co-production",
    label: "Co-production",
    definition:
      "Involving people who use services, and carers, as partners in planning, delivering and judging services and training.",
    aliases: [
      "coproduction",
      "co-design",
      "user involvement",
      "carer involvement",
      "patient and public involvement",
      "PPI",
    ],
  },
  {
    id: "evaluation-and-evidence",
    label: "Evaluation and evidence",
    definition:
      "Finding out whether services and training make a difference: research evidence, outcome measures and evaluation.",
    aliases: ["evaluation", "service evaluation", "evidence-based practice", "outcome measures", "clinical audit"],
  },
  {
    id: "supervision-and-practice-education",
    label: "Supervision and practice education",
    definition:
      "Helping colleagues and students learn at work: supervision, mentoring, coaching, appraisal and assessing practice.",
    aliases: [
      "clinical supervision",
      "mentoring",
      "mentorship",
      "coaching",
      "appraisal",
      "practice educator",
      "placements",
    ],
  },
  {
    id: "fundamentals-of-care",
    label: "Fundamentals of care",
    definition:
      "The basics every care worker needs: duty of care, dignity, personal care, safe practice and raising concerns.",
    aliases: [
      "induction",
      "care certificate",
      "common induction standards",
      "duty of care",
      "dignity",
      "personal care",
      "infection control",
      "moving and handling",
    ],
  },
  {
    id: "refugees-and-asylum-seekers",
    label: "Refugees and asylum seekers",
    definition: "Health and care of people seeking asylum and refugees.",
    aliases: ["asylum seekers", "refugees", "migrants", "interpreters", "translators", "interpreting"],
    careArea: "asylum-seekers-and-refugees",
  },
] as const satisfies readonly Topic[];

export type TopicId = (typeof topics)[number]["id"];
