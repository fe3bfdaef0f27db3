import type { XcriTerm } from "./xcri-term.ts";

/** Where the learning happens (XCRI-CAP 1.2 attendanceMode). */
export const attendanceModes = [
  {
    id: "campus",
    xcriCode: "CM",
    xcriCaption: "Campus",
    label: "On campus",
    definition: "At a university or college site.",
  },
  {
    id: "face-to-face-off-campus",
    xcriCode: "NC",
    xcriCaption: "Face-to-face non-campus",
    label: "Face to face, off campus",
    definition: "In person at a venue that is not a campus, such as a hospital or community centre.",
  },
  {
    id: "work-based",
    xcriCode: "WB",
    xcriCaption: "Work-based",
    label: "At work",
    definition: "Mainly in the learner's own workplace.",
  },
  {
    id: "mixed",
    xcriCode: "MM",
    xcriCaption: "Mixed mode",
    label: "Blended",
    definition: "A mix of in-person sessions and online or distance study.",
  },
  {
    id: "distance-with-attendance",
    xcriCode: "DA",
    xcriCaption: "Distance with attendance",
    label: "Distance learning with some attendance",
    definition: "Mainly studied at a distance, with some sessions to attend in person.",
  },
  {
    id: "distance",
    xcriCode: "DS",
    xcriCaption: "Distance without attendance",
    label: "Distance learning",
    definition: "Studied at a distance with no attendance, for example a self-study pack.",
  },
  {
    id: "online",
    xcriCode: "ON",
    xcriCaption: "Online (no attendance)",
    label: "Entirely online",
    definition: "Live or self-paced online learning, with nothing to attend in person.",
  },
] as const satisfies readonly XcriTerm[];

export type AttendanceModeId = (typeof attendanceModes)[number]["id"];

/** Modes with no place to attend, so a run needs no venue. */
export const attendanceModesWithoutVenue: readonly AttendanceModeId[] = ["distance", "online"];
