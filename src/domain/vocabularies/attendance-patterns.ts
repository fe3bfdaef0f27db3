import type { XcriTerm } from "./xcri-term.ts";

/** When attendance is needed (XCRI-CAP 1.2 attendancePattern). */
export const attendancePatterns = [
  {
    id: "daytime",
    xcriCode: "DT",
    xcriCaption: "Daytime",
    label: "Daytime",
    definition: "Sessions in normal working hours.",
  },
  { id: "evening", xcriCode: "EV", xcriCaption: "Evening", label: "Evening", definition: "Sessions in the evening." },
  {
    id: "twilight",
    xcriCode: "TW",
    xcriCaption: "Twilight",
    label: "Twilight",
    definition: "Sessions late in the afternoon or early evening.",
  },
  {
    id: "block-release",
    xcriCode: "DR",
    xcriCaption: "Day/Block release",
    label: "Day or block release",
    definition: "Whole days or blocks of days released from work.",
  },
  { id: "weekend", xcriCode: "WE", xcriCaption: "Weekend", label: "Weekend", definition: "Sessions at weekends." },
  {
    id: "customised",
    xcriCode: "CS",
    xcriCaption: "Customised",
    label: "Arranged with you",
    definition: "Times agreed with the learner or their employer, or self-paced.",
  },
] as const satisfies readonly XcriTerm[];

export type AttendancePatternId = (typeof attendancePatterns)[number]["id"];
