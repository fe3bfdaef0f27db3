import { ratingStatusOf } from "./credit-rating.ts";
import type { CatalogueCourse } from "./facets.ts";
import type { Provider } from "./schema/index.ts";
import { ratingStatuses, type RatingStatusId } from "./vocabularies/index.ts";
import { catsEquivalent, headlineCredit } from "./credits.ts";

/** One line of the credit-rating register: an in-house activity rated, or waiting to be rated, by a university. */
export interface RegisterRow {
  readonly courseId: string;
  readonly activity: string;
  readonly provider: Provider;
  /** The university that rated it, or was asked to. */
  readonly ratingBody: Provider | undefined;
  /** FHEQ or SCQF level, such as "Level 5" or "SCQF 7"; empty when not yet proposed. */
  readonly level: string;
  readonly cats: number | undefined;
  /** ECTS equivalent: half the CATS credits. */
  readonly ects: number | undefined;
  readonly ratedOn: string | undefined;
  readonly reviewDue: string | undefined;
  readonly status: RatingStatusId;
  readonly reference: string | undefined;
}

/** Every active credit-rated or rating-pending course as a register row, with its status as of `asOf`. */
export function registerRows(
  entries: readonly CatalogueCourse[],
  providers: ReadonlyMap<string, Provider>,
  asOf: string,
): RegisterRow[] {
  return entries.flatMap(({ course, provider }) => {
    const status = ratingStatusOf(course, asOf);
    if (status === undefined || course.status !== "active") return [];
    const rating = course.creditRating;
    const credit = headlineCredit(course);
    const cats = credit === undefined ? undefined : catsEquivalent(credit);
    return [
      {
        courseId: course.id,
        activity: course.title,
        provider,
        ratingBody: providers.get(rating?.ratedBy ?? rating?.requestedFrom ?? ""),
        level: credit === undefined ? "" : credit.scheme === "SCQF" ? `SCQF ${credit.level}` : `Level ${credit.level}`,
        cats,
        ects: cats === undefined ? undefined : cats / 2,
        ratedOn: rating?.ratedOn,
        reviewDue: rating?.reviewDue,
        status,
        reference: rating?.reference,
      },
    ];
  });
}

/** Orders the register can be read in; each has its own static page, so sorting needs no JavaScript. */
export const registerOrders = [
  {
    id: "review-due",
    label: "Review date",
    compare: (a: RegisterRow, b: RegisterRow) => (a.reviewDue ?? "9999").localeCompare(b.reviewDue ?? "9999"),
  },
  {
    id: "activity",
    label: "Activity",
    compare: (a: RegisterRow, b: RegisterRow) => a.activity.localeCompare(b.activity, "en-GB"),
  },
  {
    id: "provider",
    label: "Provider",
    compare: (a: RegisterRow, b: RegisterRow) => a.provider.name.localeCompare(b.provider.name, "en-GB"),
  },
  {
    id: "rating-body",
    label: "Rating university",
    compare: (a: RegisterRow, b: RegisterRow) =>
      (a.ratingBody?.name ?? "").localeCompare(b.ratingBody?.name ?? "", "en-GB"),
  },
  {
    id: "status",
    label: "Status",
    compare: (a: RegisterRow, b: RegisterRow) =>
      ratingStatuses.findIndex((s) => s.id === a.status) - ratingStatuses.findIndex((s) => s.id === b.status),
  },
] as const;

export type RegisterOrderId = (typeof registerOrders)[number]["id"];

/** The rows in one of the register's orders, ties broken by activity title so pages are stable. */
export function sortRegister(rows: readonly RegisterRow[], order: RegisterOrderId): RegisterRow[] {
  const { compare } = registerOrders.find((candidate) => candidate.id === order)!;
  return [...rows].sort((a, b) => compare(a, b) || a.activity.localeCompare(b.activity, "en-GB"));
}
