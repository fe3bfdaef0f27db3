/**
 * schema.org structured data as JSON-LD (JSON-LD 1.1): Course, CourseInstance, ItemList and, for a pathway
 * to an award, EducationalOccupationalProgram for the site's pages.
 */
import { learningHours } from "../domain/hours.ts";
import type { CatalogueCourse } from "../domain/facets.ts";
import { carriesCredit } from "../domain/credit-rating.ts";
import { currentRuns } from "../domain/runs.ts";
import type { Course, Cost, Pathway, Presentation, Provider } from "../domain/schema/index.ts";
import { attendanceModes, frameworks, termById, themes } from "../domain/vocabularies/index.ts";
import { headlineCredit } from "../domain/credits.ts";

/** schema.org courseMode: "online" for runs with no attendance, else "onsite" or "blended". */
function courseMode(run: Presentation): string {
  if (run.attendanceMode === "online" || run.attendanceMode === "distance") return "online";
  return run.online ? "blended" : "onsite";
}

/**
 * An Offer for a cost. `category` is the word Google's Course info profile asks for: "Free" or "Paid".
 */
function offer(cost: Cost) {
  return {
    "@type": "Offer",
    price: cost.amount,
    priceCurrency: cost.currency,
    category: cost.amount === 0 ? "Free" : "Paid",
  };
}

/**
 * The learner's total workload as an ISO 8601 duration (schema.org courseWorkload, which Google's
 * Course info profile reads as one): the course's notional hours of learning, else its CPD hours.
 * Undefined when the entry gives neither; nothing is guessed from dates.
 */
function courseWorkload(course: Course): string | undefined {
  const hours = learningHours(course);
  return hours === undefined ? undefined : `PT${hours}H`;
}

function courseInstance(run: Presentation, workload: string | undefined) {
  return {
    "@type": "CourseInstance",
    courseMode: courseMode(run),
    ...(run.start ? { startDate: run.start } : {}),
    ...(run.end ? { endDate: run.end } : {}),
    ...(run.schedule ? { courseSchedule: { "@type": "Schedule", description: run.schedule } } : {}),
    ...(workload ? { courseWorkload: workload } : {}),
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
      ...offer(run.cost),
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
  const runs = currentRuns(course, asOf);
  // The course's own offers, which Google's Course info profile asks for on the Course: one for each
  // price its runs charge, the runs still to come if there are any, else every run it has had.
  const costs = (runs.length > 0 ? runs : course.presentations).map((run) => run.cost);
  const offers = [...new Map(costs.map((cost) => [`${cost.amount} ${cost.currency}`, cost])).values()].map(offer);
  const workload = courseWorkload(course);
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
            "@type": "QuantitativeValue",
            value: cats.value,
            unitText: `${cats.scheme} credits at level ${cats.level}`,
          },
        }
      : {}),
    ...(course.creditStatus === "accredited" && course.qualification
      ? { educationalCredentialAwarded: { "@type": "EducationalOccupationalCredential", name: course.qualification } }
      : {}),
    teaches: course.learningOutcomes,
    about: course.themes.map((id) => termById(themes, id).label),
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
    ...(offers.length > 0 ? { offers } : {}),
    hasCourseInstance: runs.map((run) => courseInstance(run, workload)),
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
 * A pathway to an award as a schema.org EducationalOccupationalProgram: the award it leads to, who awards
 * it and the credits it needs. Its courses are not listed as Course items here: each has its own page and
 * structured data, and a Course without its runs would read as one with nothing to book.
 */
export function pathwayJsonLd(pathway: Pathway, awardingBody: Provider | undefined, pageUrl: string | undefined) {
  return {
    "@type": "EducationalOccupationalProgram",
    name: pathway.title,
    description: pathway.summary,
    ...(pageUrl ? { url: pageUrl } : {}),
    ...(awardingBody ? { provider: { "@type": "Organization", name: awardingBody.name, url: awardingBody.url } } : {}),
    educationalCredentialAwarded: { "@type": "EducationalOccupationalCredential", name: pathway.title },
    numberOfCredits: {
      "@type": "QuantitativeValue",
      value: pathway.award.value,
      unitText: `${pathway.award.scheme} credits at level ${pathway.award.level}`,
    },
  };
}

/**
 * A page's structured data as the text of its `<script type="application/ld+json">` element, in the
 * schema.org context. "<" is escaped so that text from an entry can never close the script element.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify({ "@context": "https://schema.org", ...data }).replace(/</g, "\\u003c");
}
