import { subThemes, termById } from "../vocabularies/index.ts";
import { error, type CourseRule } from "./types.ts";

/** A sub-theme only makes sense with its parent theme, so browsing by theme finds the course. */
export const subThemesHaveTheirTheme: CourseRule = ({ course }) =>
  course.subThemes.flatMap((id, index) => {
    const { theme } = termById(subThemes, id);
    return course.themes.includes(theme)
      ? []
      : [
          error(
            ["subThemes", index],
            `Sub-theme "${id}" belongs to the theme "${theme}", which this course does not list`,
            `Add ${theme} to themes, or remove the sub-theme`,
          ),
        ];
  });
