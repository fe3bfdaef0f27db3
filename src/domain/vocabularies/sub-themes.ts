import type { Term } from "./term.ts";
import type { ThemeId } from "./themes.ts";

/** A sub-theme sits under exactly one of the six themes. */
export interface SubTheme extends Term {
  /** The theme this sub-theme belongs to. */
  readonly theme: ThemeId;
}

/**
 * Sub-themes in the report's own wording (domain brief §1.1, report L3087–3567).
 * A course tagged with a sub-theme must also carry its parent theme.
 */
export const subThemes = [
  // Team working
  {
    id: "team-rules",
    theme: "team-working",
    label: "Formal and informal rules",
    definition: "The written and unwritten agreements that let a mixed team work together.",
  },
  {
    id: "shared-values",
    theme: "team-working",
    label: "Adding, agreeing and valuing",
    definition: "Adding value together, agreeing shared values and making every member feel valued.",
  },
  {
    id: "problem-solving",
    theme: "team-working",
    label: "Problem identification and solving",
    definition: "Defining problems together and agreeing a common approach to solving them.",
  },
  {
    id: "change-management",
    theme: "team-working",
    label: "Managing change",
    definition: "Knowledge and skills to manage change at every level, with service users and carers as partners.",
  },
  // Communication
  {
    id: "meetings",
    theme: "communication",
    label: "Meetings",
    definition: "Making joint meetings frequent, open and useful for solving problems and tracking progress.",
  },
  {
    id: "integrated-plans",
    theme: "communication",
    label: "Integrated strategic plans",
    definition: "Partners' plans that reflect each other and are monitored together.",
  },
  {
    id: "information-sharing",
    theme: "communication",
    label: "Sharing information and IT",
    definition: "Transparent, available information and confident use of shared records and IT systems.",
  },
  {
    id: "feedback",
    theme: "communication",
    label: "Feedback and common language",
    definition: "Timely, non-defensive feedback and a common language across professions.",
  },
  // Role awareness
  {
    id: "shared-understanding-of-roles",
    theme: "role-awareness",
    label: "Shared understanding of roles",
    definition: "Knowing what each profession and agency does and acknowledging each other's contribution.",
  },
  {
    id: "organisational-politics",
    theme: "role-awareness",
    label: "Organisational politics",
    definition: "Recognising hidden agendas, power differences and organisational boundaries.",
  },
  {
    id: "learning-from-others",
    theme: "role-awareness",
    label: "Learning from others",
    definition: "Learning from colleagues in your own and partner organisations, formally and informally.",
  },
  {
    id: "generic-and-generalist-working",
    theme: "role-awareness",
    label: "Generic and generalist working",
    definition: "How specialist, generalist and generic support roles fit together.",
  },
  // Personal and professional development
  {
    id: "life-long-learning",
    theme: "personal-professional-development",
    label: "Life-long learning",
    definition: "Keeping learning throughout a career, with training needs identified systematically.",
  },
  {
    id: "competence-standards",
    theme: "personal-professional-development",
    label: "National competence standards",
    definition: "Learning outcomes that reflect national competence and occupational standards.",
  },
  {
    id: "professional-networking",
    theme: "personal-professional-development",
    label: "Professional networking",
    definition: "Building networks with peers across professions and organisations.",
  },
  {
    id: "new-workers",
    theme: "personal-professional-development",
    label: "New workers and roles",
    definition: "Preparing and evaluating new roles such as assistant practitioners and generic support workers.",
  },
  {
    id: "training-needs-analysis",
    theme: "personal-professional-development",
    label: "Training needs analysis",
    definition: "Working out what education and training staff need, linked to business planning.",
  },
  {
    id: "theory-and-practice",
    theme: "personal-professional-development",
    label: "Theory and practice",
    definition: "Closing the gap between university 'ivory towers' and the needs of practice.",
  },
  // Practice development and leadership
  {
    id: "what-works",
    theme: "practice-development-leadership",
    label: "What works",
    definition: "Evaluating which development activities worked, and which did not.",
  },
  {
    id: "development-review",
    theme: "practice-development-leadership",
    label: "Personal development review",
    definition: "Using the annual development review (appraisal) to plan learning.",
  },
  {
    id: "leadership-at-all-levels",
    theme: "practice-development-leadership",
    label: "Leadership at all levels",
    definition: "Developing leaders across professions and levels who can lead cultural change.",
  },
  {
    id: "preparing-for-change",
    theme: "practice-development-leadership",
    label: "Preparing for change",
    definition: "Making sure staff are prepared for new initiatives and understand what drives change.",
  },
  // Partnership working
  {
    id: "shared-vision",
    theme: "partnership-working",
    label: "Keeping the vision in view",
    definition: "A clear shared vision that sets priorities and resources across partners.",
  },
  {
    id: "service-user-involvement",
    theme: "partnership-working",
    label: "Service user involvement",
    definition: "Involving service users and carers in decisions, service development, training and education.",
  },
  {
    id: "organisational-roles",
    theme: "partnership-working",
    label: "Organisational roles and responsibilities",
    definition: "Understanding what each partner organisation is responsible for.",
  },
] as const satisfies readonly SubTheme[];

export type SubThemeId = (typeof subThemes)[number]["id"];
