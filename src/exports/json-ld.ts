/** schema.org structured data as JSON-LD (JSON-LD 1.1): Course, CourseInstance and ItemList for the site's pages. */
import type { CatalogueCourse } from "../domain/facets.ts";
import { carriesCredit } from "../domain/credit-rating.ts";
import { currentRuns } from "../domain/runs.ts";
import type { Presentation } from "../domain/schema/index.ts";
import { attendanceModes, frameworks, termById, themes } from "../domain/vocabularies/index.ts";
import { headlineCredit } from "../domain/credits.ts";

/** schema.org courseMode: "online" for runs with no attendance, else "onsite" or "blended". */
function courseMode(run: Presentation): string {
  if (run.attendanceMode === "online" || run.attendanceMode === "distance") return "online";
  return run.online ? "blended" : "onsite";
}

function courseInstance(run: Presentation) {
  return {
    "@type": "CourseInstance",
    courseMode: courseMode(run),
    ...(run.start ? { startDate: run.start } : {}),
    ...(run.end ? { endDate: run.end } : {}),
    ...(run.schedule ? { courseSchedule: { "@type": "Schedule", description: run.schedule } } : {}),
    description: termById(attendanceModes, run.attendanceMode).label,
    location: run.venue
      ? {
          "@type": "Place",
          name: run.venue.name,
          address: {
            "@type": "PostalAddress",
            addressLocality: run.venue.town,
            postalCode: run.venue.postcode,
            addressCountry: "GB",
          },
        }
      : { "@type": "VirtualLocation", name: "Online" },
    offers: {
      "@type": "Offer",
      price: run.cost.amount,
      priceCurrency: run.cost.currency,
      category: run.cost.amount === 0 ? "Free" : "Paid",
      ...(run.applyUrl ? { url: run.applyUrl } : {}),
      ...(run.applyBy ? { validThrough: run.applyBy } : {}),
    },
  };
}

/** schema.org Course for a course page, with its upcoming runs as CourseInstances. */
export function courseJsonLd({ course, provider }: CatalogueCourse, pageUrl: string | undefined, asOf: string) {
  const cats = headlineCredit(course);
  // A lapsed rating no longer carries credit, so it is not claimed here either.
  const credited = carriesCredit(course, asOf);
  return {
    "@type": "Course",
    name: course.title,
    description: course.summary,
    ...(pageUrl ? { url: pageUrl } : {}),
    courseCode: course.id,
    inLanguage: "en-GB",
    provider: { "@type": "Organization", name: provider.name, url: provider.url },
    ...(credited && cats
      ? {
          numberOfCredits: {
            "@type": "StructuredValue",
            value: cats.value,
            name: `${cats.scheme} credits at level ${cats.level}`,
          },
        }
      : {}),
    ...(course.creditStatus === "accredited" && course.qualification
      ? { educationalCredentialAwarded: { "@type": "EducationalOccupationalCredential", name: course.qualification } }
      : {}),
    teaches: course.learningOutcomes,
    about: course.themes.map((id) => termById(themes, id).label),
    ...(course.assessment ? { assessmentMethod: course.assessment } : {}),
    ...(course.entryRequirements ? { coursePrerequisites: course.entryRequirements } : {}),
    educationalAlignment: course.frameworkAlignment.map((alignment) => {
      const framework = termById(frameworks, alignment.framework);
      const dimension = termById(framework.dimensions, alignment.dimension);
      return {
        "@type": "AlignmentObject",
        alignmentType: "teaches",
        educationalFramework: framework.label,
        targetName: `${dimension.code} ${dimension.label}${alignment.level === undefined ? "" : `, level ${alignment.level}`}`,
      };
    }),
    hasCourseInstance: currentRuns(course, asOf).map(courseInstance),
  };
}

/** schema.org ItemList for a listing page. */
export function itemListJsonLd(name: string, items: readonly { name: string; url: string }[]) {
  return {
    "@type": "ItemList",
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      url: item.url,
    })),
  };
}

/** ItemList of courses, each linked by `coursePage` (its full address when the site's address is known). */
export function courseItemListJsonLd(
  name: string,
  entries: readonly CatalogueCourse[],
  coursePage: (id: string) => string,
) {
  return itemListJsonLd(
    name,
    entries.map(({ course }) => ({
      name: course.title,
      url: coursePage(course.id),
    })),
  );
}

/**
 * A page's structured data as the text of its `<script type="application/ld+json">` element, in the
 * schema.org context. "<" is escaped so that text from an entry can never close the script element.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify({ "@context": "https://schema.org", ...data }).replace(/</g, "\\u003c");
}
