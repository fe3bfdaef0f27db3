import type { Term } from "./term.ts";

/** A dimension or domain of a competence framework that a course can align to. */
export interface FrameworkDimension extends Term {
  /** The framework's own short code, such as "C2" or "PCF5". */
  readonly code: string;
}

/** A competence framework and the levels it allows. */
export interface Framework extends Term {
  /** Dimensions (KSF) or domains (PCF) a course can align to. */
  readonly dimensions: readonly FrameworkDimension[];
  /** Allowed levels, as terms, lowest first. */
  readonly levels: readonly Term[];
}

const ksfLevels = [1, 2, 3, 4].map((level) => ({
  id: String(level),
  label: `Level ${level}`,
  definition: `KSF level ${level} of 4 for this dimension; higher levels describe more complex, independent work.`,
}));

/** NHS Knowledge and Skills Framework (2004): 6 core and 24 specific dimensions, 4 levels each (reference §5.1). */
const ksf: Framework = {
  id: "ksf",
  label: "NHS Knowledge and Skills Framework (KSF)",
  definition:
    "The NHS framework of knowledge and skills used in appraisal and development review under Agenda for Change.",
  levels: ksfLevels,
  dimensions: [
    {
      id: "c1",
      code: "C1",
      label: "Communication",
      definition: "KSF core dimension C1: communication with people of all kinds.",
    },
    {
      id: "c2",
      code: "C2",
      label: "Personal and people development",
      definition: "KSF core dimension C2: developing yourself and others.",
    },
    {
      id: "c3",
      code: "C3",
      label: "Health, safety and security",
      definition: "KSF core dimension C3: keeping people safe.",
    },
    { id: "c4", code: "C4", label: "Service improvement", definition: "KSF core dimension C4: improving services." },
    { id: "c5", code: "C5", label: "Quality", definition: "KSF core dimension C5: maintaining and improving quality." },
    {
      id: "c6",
      code: "C6",
      label: "Equality and diversity",
      definition: "KSF core dimension C6: promoting equality and valuing diversity.",
    },
    {
      id: "hwb1",
      code: "HWB1",
      label: "Promotion of health and wellbeing",
      definition: "KSF specific dimension HWB1: promoting health and wellbeing and preventing adverse effects.",
    },
    {
      id: "hwb2",
      code: "HWB2",
      label: "Assessment and care planning",
      definition: "KSF specific dimension HWB2: assessment and care planning to meet health and wellbeing needs.",
    },
    {
      id: "hwb3",
      code: "HWB3",
      label: "Protection of health and wellbeing",
      definition: "KSF specific dimension HWB3: protecting health and wellbeing.",
    },
    {
      id: "hwb4",
      code: "HWB4",
      label: "Enablement",
      definition: "KSF specific dimension HWB4: enabling people to address health and wellbeing needs.",
    },
    {
      id: "hwb5",
      code: "HWB5",
      label: "Provision of care",
      definition: "KSF specific dimension HWB5: providing care to meet health and wellbeing needs.",
    },
    {
      id: "hwb6",
      code: "HWB6",
      label: "Assessment and treatment planning",
      definition: "KSF specific dimension HWB6: assessment and treatment planning.",
    },
    {
      id: "hwb7",
      code: "HWB7",
      label: "Interventions and treatments",
      definition: "KSF specific dimension HWB7: interventions and treatments.",
    },
    {
      id: "hwb8",
      code: "HWB8",
      label: "Biomedical investigation and intervention",
      definition: "KSF specific dimension HWB8: biomedical investigation and intervention.",
    },
    {
      id: "hwb9",
      code: "HWB9",
      label: "Equipment and devices",
      definition: "KSF specific dimension HWB9: equipment and devices to meet health and wellbeing needs.",
    },
    {
      id: "hwb10",
      code: "HWB10",
      label: "Products for health and wellbeing",
      definition: "KSF specific dimension HWB10: products to meet health and wellbeing needs.",
    },
    {
      id: "ef1",
      code: "EF1",
      label: "Systems, vehicles and equipment",
      definition: "KSF specific dimension EF1: systems, vehicles and equipment.",
    },
    {
      id: "ef2",
      code: "EF2",
      label: "Environments and buildings",
      definition: "KSF specific dimension EF2: environments and buildings.",
    },
    {
      id: "ef3",
      code: "EF3",
      label: "Transport and logistics",
      definition: "KSF specific dimension EF3: transport and logistics.",
    },
    {
      id: "ik1",
      code: "IK1",
      label: "Information processing",
      definition: "KSF specific dimension IK1: information processing.",
    },
    {
      id: "ik2",
      code: "IK2",
      label: "Information collection and analysis",
      definition: "KSF specific dimension IK2: information collection and analysis.",
    },
    {
      id: "ik3",
      code: "IK3",
      label: "Knowledge and information resources",
      definition: "KSF specific dimension IK3: knowledge and information resources.",
    },
    {
      id: "g1",
      code: "G1",
      label: "Learning and development",
      definition: "KSF specific dimension G1: enabling others to learn and develop.",
    },
    {
      id: "g2",
      code: "G2",
      label: "Development and innovation",
      definition: "KSF specific dimension G2: development and innovation.",
    },
    {
      id: "g3",
      code: "G3",
      label: "Procurement and commissioning",
      definition: "KSF specific dimension G3: procurement and commissioning.",
    },
    {
      id: "g4",
      code: "G4",
      label: "Financial management",
      definition: "KSF specific dimension G4: financial management.",
    },
    {
      id: "g5",
      code: "G5",
      label: "Services and project management",
      definition: "KSF specific dimension G5: services and project management.",
    },
    { id: "g6", code: "G6", label: "People management", definition: "KSF specific dimension G6: people management." },
    {
      id: "g7",
      code: "G7",
      label: "Capacity and capability",
      definition: "KSF specific dimension G7: capacity and capability.",
    },
    {
      id: "g8",
      code: "G8",
      label: "Public relations and marketing",
      definition: "KSF specific dimension G8: public relations and marketing.",
    },
  ],
};

/** BASW Professional Capabilities Framework for social work (2018): 9 domains (reference §5.2). */
const pcf: Framework = {
  id: "pcf",
  label: "Professional Capabilities Framework for social work (PCF)",
  definition:
    "The British Association of Social Workers' framework of nine domains of social work capability, at each career level.",
  levels: [
    { id: "entry", label: "Entry", definition: "Entry to social work education." },
    {
      id: "readiness-for-practice",
      label: "Readiness for direct practice",
      definition: "Ready for a first placement.",
    },
    {
      id: "end-of-first-placement",
      label: "End of first placement",
      definition: "Capabilities at the end of the first placement.",
    },
    {
      id: "end-of-last-placement",
      label: "End of last placement",
      definition: "Capabilities at the end of the last placement, ready to qualify.",
    },
    {
      id: "asye",
      label: "Assessed and supported year in employment (ASYE)",
      definition: "A newly qualified social worker's first year.",
    },
    { id: "social-worker", label: "Social worker", definition: "A qualified social worker." },
    {
      id: "experienced-social-worker",
      label: "Experienced social worker",
      definition: "An experienced social worker.",
    },
    {
      id: "advanced",
      label: "Advanced practitioner, manager or educator",
      definition: "Advanced practice, management or education roles.",
    },
    { id: "strategic", label: "Strategic", definition: "Strategic leadership of social work." },
  ],
  dimensions: [
    {
      id: "professionalism",
      code: "PCF1",
      label: "Professionalism",
      definition: "PCF domain 1: identify and behave as a professional social worker.",
    },
    {
      id: "values-and-ethics",
      code: "PCF2",
      label: "Values and ethics",
      definition: "PCF domain 2: apply social work ethical principles and values.",
    },
    {
      id: "diversity-and-equality",
      code: "PCF3",
      label: "Diversity and equality",
      definition: "PCF domain 3: recognise diversity and apply anti-discriminatory practice.",
    },
    {
      id: "rights-justice-economic-wellbeing",
      code: "PCF4",
      label: "Rights, justice and economic wellbeing",
      definition: "PCF domain 4: advance human rights and promote social justice and economic wellbeing.",
    },
    {
      id: "knowledge",
      code: "PCF5",
      label: "Knowledge",
      definition: "PCF domain 5: apply knowledge of social sciences, law and social work practice theory.",
    },
    {
      id: "critical-reflection",
      code: "PCF6",
      label: "Critical reflection and analysis",
      definition: "PCF domain 6: apply critical reflection and analysis to inform practice.",
    },
    {
      id: "skills-and-interventions",
      code: "PCF7",
      label: "Skills and interventions",
      definition: "PCF domain 7: use judgement, skills and interventions.",
    },
    {
      id: "contexts-and-organisations",
      code: "PCF8",
      label: "Contexts and organisations",
      definition: "PCF domain 8: engage with, inform and adapt to changing organisational contexts.",
    },
    {
      id: "professional-leadership",
      code: "PCF9",
      label: "Professional leadership",
      definition: "PCF domain 9: promote the profession and good practice.",
    },
  ],
};

/** The competence frameworks a course can align its outcomes to. */
export const frameworks = [ksf, pcf] as const;

export type FrameworkId = (typeof frameworks)[number]["id"];
