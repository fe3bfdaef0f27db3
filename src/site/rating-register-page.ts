import type { PathwayPlace } from "../domain/pathways.ts";
import { registerOrders, registerRows, sortRegister, type RegisterRow } from "../domain/rating-register.ts";
import type { Provider } from "../domain/schema/index.ts";
import { ratingStatuses } from "../domain/vocabularies/index.ts";
import { checkedCatalogue } from "../catalogue/hand-off.ts";
import { paginate, type ListPage } from "./pagination.ts";

/**
 * Rows on one page of the register. A row is about 1 KB of HTML: at 50,000 courses the whole register on
 * one page was 6 MB; a page of 500 rows is about 500 KB, under 30 KB compressed.
 */
export const REGISTER_ROWS_PER_PAGE = 500;

/** The register's rows for this build, the universities that appear in it, and the pathways its courses count toward. */
export async function registerData(): Promise<{
  rows: RegisterRow[];
  universities: Provider[];
  pathwaysOfCourse: ReadonlyMap<string, readonly PathwayPlace[]>;
}> {
  const { all, providers, asOf, pathwaysOfCourse } = checkedCatalogue();
  const rows = registerRows(all, providers, asOf);
  const universities = [
    ...new Map(rows.flatMap((row) => (row.ratingBody ? [[row.ratingBody.id, row.ratingBody]] : []))).values(),
  ].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return { rows, universities, pathwaysOfCourse };
}

/** The folder of the register in one order (the review-date order is the register's own folder). */
export const registerOrderFolder = (order: string) =>
  order === "review-due" ? "credit-ratings/" : `credit-ratings/by/${order}/`;
/** The folder of the activities of one rating status. */
export const registerStatusFolder = (status: string) => `credit-ratings/status/${status}/`;
/** The folder of the activities one university rated or was asked to rate. */
export const registerUniversityFolder = (university: string) => `credit-ratings/${university}/`;

/** One list of the register: every activity in one order, or those of one status or one rating university. */
export interface RegisterList {
  /** The folder of its first page, such as "credit-ratings/by/provider/"; later pages are under `page/<n>/`. */
  readonly folder: string;
  /** Its h1 and page title. */
  readonly title: string;
  readonly description: string;
  /** What the table holds, for its caption: "Credit-rated and pending activities, by review date". */
  readonly caption: string;
  /** How the count is worded: "by review date" after "1,234 activities", or nothing. */
  readonly countSuffix: string;
  /** The order shown, for the navigation's "Sort by". */
  readonly order?: string;
  /** Set for a university's own list. */
  readonly university?: Provider;
  /** Set for a status's list. */
  readonly status?: (typeof ratingStatuses)[number];
  readonly rows: readonly RegisterRow[];
}

/** Every list of the register, each in its order: the one place its folders, titles and rows are worked out. */
export async function registerLists(): Promise<{
  lists: RegisterList[];
  universities: Provider[];
  pathwaysOfCourse: ReadonlyMap<string, readonly PathwayPlace[]>;
}> {
  const { rows, universities, pathwaysOfCourse } = await registerData();
  const byReviewDate = sortRegister(rows, "review-due");
  const lists: RegisterList[] = [
    ...registerOrders.map((order) => {
      const label = order.label.toLowerCase();
      return {
        folder: registerOrderFolder(order.id),
        title: order.id === "review-due" ? "Credit-rating register" : `Credit-rating register by ${label}`,
        description:
          order.id === "review-due"
            ? "Every in-house course credit rated by a university, or waiting for a rating, with its status."
            : "The credit-rating register, sorted.",
        caption: `Credit-rated and pending activities, by ${label}`,
        countSuffix: `by ${label}`,
        order: order.id,
        rows: sortRegister(rows, order.id),
      };
    }),
    ...ratingStatuses.map((status) => ({
      folder: registerStatusFolder(status.id),
      title: `Credit ratings: ${status.label.toLowerCase()}`,
      description: status.definition,
      caption: `Activities whose rating is ${status.label.toLowerCase()}`,
      countSuffix: "",
      status,
      rows: byReviewDate.filter((row) => row.status === status.id),
    })),
    ...universities.map((university) => ({
      folder: registerUniversityFolder(university.id),
      title: `Credit ratings by ${university.name}`,
      description: `In-house courses that ${university.name} has credit rated or been asked to rate.`,
      caption: `Activities rated by ${university.name}`,
      countSuffix: "",
      university,
      rows: byReviewDate.filter((row) => row.ratingBody?.id === university.id),
    })),
  ];
  return { lists, universities, pathwaysOfCourse };
}

/** Every page of every list of the register, for the one route that writes them. */
export async function registerPages(): Promise<
  {
    list: RegisterList;
    page: ListPage<RegisterRow>;
    universities: Provider[];
    pathwaysOfCourse: ReadonlyMap<string, readonly PathwayPlace[]>;
  }[]
> {
  const { lists, universities, pathwaysOfCourse } = await registerLists();
  return lists.flatMap((list) =>
    paginate(list.rows, REGISTER_ROWS_PER_PAGE).map((page) => ({ list, page, universities, pathwaysOfCourse })),
  );
}
