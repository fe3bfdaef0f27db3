import type { Term } from "./term.ts";

/** Staff groups that professions are gathered under for browsing and coverage. */
export const professionGroups = [
  { id: "medicine", label: "Medicine", definition: "Doctors, including GPs and GPs with a special interest." },
  {
    id: "nursing-midwifery",
    label: "Nursing and midwifery",
    definition: "Registered nurses in all fields, and midwives.",
  },
  {
    id: "allied-health",
    label: "Allied health professions",
    definition: "Registered therapists and other allied health professionals.",
    aliases: ["AHP", "AHPs", "allied health professional"],
  },
  { id: "pharmacy", label: "Pharmacy", definition: "Pharmacists and pharmacy technicians." },
  { id: "dentistry", label: "Dentistry", definition: "Dentists and dental care professionals." },
  { id: "social-work", label: "Social work", definition: "Registered social workers." },
  {
    id: "social-care-support",
    label: "Social care and support",
    definition: "Care and support workers, many without professional registration.",
  },
  {
    id: "management-administration",
    label: "Management and administration",
    definition: "Managers, administrators and board members in health and social care.",
  },
  { id: "public-health", label: "Public health", definition: "Public health specialists and practitioners." },
  {
    id: "community",
    label: "Voluntary, community and housing",
    definition: "Voluntary and community sector staff and volunteers, and housing workers.",
  },
  {
    id: "learners-and-citizens",
    label: "Students, service users and carers",
    definition: "Students, and service users and carers taking part as learners.",
  },
] as const satisfies readonly Term[];

export type ProfessionGroupId = (typeof professionGroups)[number]["id"];

/** A profession or staff group that a course is open to. */
export interface Profession extends Term {
  /** The group this profession is browsed under. */
  readonly group: ProfessionGroupId;
}

/**
 * Professions and staff groups (domain brief §1.2: the report's primary care
 * team, Fig. 2 micro/meso/macro lists and new workers).
 */
export const professions = [
  {
    id: "gp",
    group: "medicine",
    label: "GP",
    definition: "A general practitioner (family doctor).",
    aliases: ["general practitioner", "family doctor"],
  },
  {
    id: "doctor",
    group: "medicine",
    label: "Doctor (other than GP)",
    definition: "A hospital, community or public health doctor, including doctors in training.",
    aliases: ["physician", "medic"],
  },
  {
    id: "adult-nurse",
    group: "nursing-midwifery",
    label: "Adult nurse",
    definition: "A registered nurse caring for adults in hospital or community settings.",
    aliases: ["RGN", "staff nurse"],
  },
  {
    id: "district-nurse",
    group: "nursing-midwifery",
    label: "District nurse",
    definition: "A community nurse caring for people in their own homes.",
    aliases: ["DN", "community nurse", "district nursing"],
  },
  {
    id: "health-visitor",
    group: "nursing-midwifery",
    label: "Health visitor",
    definition: "A nurse or midwife working with families with young children.",
    aliases: ["HV", "health visiting"],
  },
  {
    id: "practice-nurse",
    group: "nursing-midwifery",
    label: "Practice nurse",
    definition: "A nurse working in a GP practice.",
    aliases: ["general practice nurse"],
  },
  {
    id: "community-psychiatric-nurse",
    group: "nursing-midwifery",
    label: "Community mental health nurse",
    definition: "A mental health nurse working in the community (community psychiatric nurse, CPN).",
    aliases: ["CPN", "RMN", "mental health nurse", "community psychiatric nurse"],
  },
  {
    id: "learning-disability-nurse",
    group: "nursing-midwifery",
    label: "Learning disability nurse",
    definition: "A registered nurse supporting people with learning disabilities.",
    aliases: ["RNLD", "learning disability nursing"],
  },
  {
    id: "school-nurse",
    group: "nursing-midwifery",
    label: "School nurse",
    definition: "A nurse working with school-age children and young people.",
  },
  {
    id: "midwife",
    group: "nursing-midwifery",
    label: "Midwife",
    definition: "A registered midwife caring for women and babies before, during and after birth.",
  },
  {
    id: "occupational-therapist",
    group: "allied-health",
    label: "Occupational therapist",
    definition: "A therapist who helps people do the everyday things they need and want to do.",
    aliases: ["OT", "occupational therapy"],
  },
  {
    id: "physiotherapist",
    group: "allied-health",
    label: "Physiotherapist",
    definition: "A therapist who helps people restore movement and function.",
    aliases: ["physio", "physiotherapy"],
  },
  {
    id: "podiatrist",
    group: "allied-health",
    label: "Podiatrist",
    definition: "A specialist in conditions of the feet and lower limbs.",
    aliases: ["chiropodist"],
  },
  {
    id: "audiologist",
    group: "allied-health",
    label: "Audiologist",
    definition: "A specialist in hearing and balance.",
  },
  {
    id: "speech-and-language-therapist",
    group: "allied-health",
    label: "Speech and language therapist",
    definition: "A therapist supporting communication, eating, drinking and swallowing.",
    aliases: ["SALT", "SLT", "speech therapist", "speech and language therapy"],
  },
  {
    id: "paramedic",
    group: "allied-health",
    label: "Paramedic and ambulance staff",
    definition: "Paramedics and other ambulance service clinicians.",
  },
  {
    id: "pharmacist",
    group: "pharmacy",
    label: "Pharmacist",
    definition: "A registered pharmacist in a community, practice or hospital setting.",
  },
  {
    id: "pharmacy-technician",
    group: "pharmacy",
    label: "Pharmacy technician",
    definition: "A registered pharmacy technician.",
  },
  { id: "dentist", group: "dentistry", label: "Dentist", definition: "A registered dentist." },
  {
    id: "dental-care-professional",
    group: "dentistry",
    label: "Dental care professional",
    definition: "A dental nurse, hygienist, therapist or technician.",
  },
  {
    id: "social-worker",
    group: "social-work",
    label: "Social worker",
    definition: "A registered social worker in adults', children's or mental health services.",
  },
  {
    id: "healthcare-assistant",
    group: "social-care-support",
    label: "Healthcare assistant",
    definition: "A healthcare support worker without professional registration (HCA).",
    aliases: ["HCA", "HCAs", "health care assistant", "nursing assistant"],
  },
  {
    id: "assistant-practitioner",
    group: "social-care-support",
    label: "Assistant practitioner",
    definition: "A support worker trained to foundation degree level, including trainees.",
  },
  {
    id: "support-worker",
    group: "social-care-support",
    label: "Care and support worker",
    definition: "A worker giving care or support in homes, day services or residential care.",
    aliases: ["care worker", "care assistant"],
  },
  {
    id: "mental-health-worker",
    group: "social-care-support",
    label: "Mental health support worker",
    definition: "A primary care or community mental health worker without nursing registration.",
  },
  {
    id: "manager",
    group: "management-administration",
    label: "Manager or team leader",
    definition: "Anyone managing a team or service, from team leader to service manager.",
  },
  {
    id: "director",
    group: "management-administration",
    label: "Director or board member",
    definition: "Executive and non-executive directors, professional leads and board members.",
  },
  {
    id: "administrator",
    group: "management-administration",
    label: "Administrator",
    definition: "Administrative, clerical and reception staff, including practice managers' teams.",
  },
  {
    id: "education-lead",
    group: "management-administration",
    label: "Education and training lead",
    definition: "Staff who plan, commission or deliver education and training.",
  },
  {
    id: "public-health-practitioner",
    group: "public-health",
    label: "Public health practitioner",
    definition: "Public health consultants, specialists and practitioners.",
  },
  {
    id: "voluntary-sector-worker",
    group: "community",
    label: "Voluntary sector worker",
    definition: "Paid staff and volunteers in voluntary and community organisations.",
  },
  {
    id: "community-worker",
    group: "community",
    label: "Community development worker",
    definition: "A worker supporting community groups and local action.",
  },
  {
    id: "housing-worker",
    group: "community",
    label: "Housing worker",
    definition: "Housing officers and support staff in housing organisations.",
  },
  { id: "counsellor", group: "community", label: "Counsellor", definition: "A counsellor or psychological therapist." },
  {
    id: "student",
    group: "learners-and-citizens",
    label: "Student",
    definition: "A student of a health or social care profession, before qualifying.",
  },
  {
    id: "service-user-or-carer",
    group: "learners-and-citizens",
    label: "Service user or carer",
    definition: "A person who uses services, or cares for someone who does, taking part as a learner.",
  },
] as const satisfies readonly Profession[];

export type ProfessionId = (typeof professions)[number]["id"];
