import { describe, expect, it } from "vitest";
import { creditSummary, effectiveCreditStatus, ratingStatusOf } from "../../src/domain/credit-rating.ts";
import { courseSchema } from "../../src/domain/schema/index.ts";
import { validCourse } from "../helpers/catalogue.ts";

const rated = (reviewDue: string) =>
  courseSchema.parse(
    validCourse({
      provider: "fixture-trust",
      creditStatus: "credit-rated",
      qualityAssurance: "Moderated.",
      creditRating: { ratedBy: "fixture-university", ratedOn: "2024-01-10", reviewDue, reference: "R1" },
    }),
  );

describe("credit rating status, worked out from the dates", () => {
  const course = rated("2027-03-31");
  it.each([
    ["2026-12-30", "current"], // 91 days before review
    ["2026-12-31", "review-due"], // 90 days before: the owner is warned from today
    ["2027-03-30", "review-due"], // the day before
    ["2027-03-31", "review-due"], // the review date itself: still in force
    ["2027-04-01", "lapsed"], // the day after
  ])("on %s the rating is %s", (asOf, status) => {
    expect(ratingStatusOf(course, asOf)).toBe(status);
  });

  it("is pending while requested and absent for accredited courses", () => {
    expect(ratingStatusOf(courseSchema.parse(validCourse({ creditStatus: "rating-pending" })), "2026-11-25")).toBe(
      "pending",
    );
    expect(ratingStatusOf(courseSchema.parse(validCourse()), "2026-11-25")).toBeUndefined();
  });

  it("never presents a lapsed rating as credit rated", () => {
    expect(effectiveCreditStatus(course, "2027-04-01")).toBe("not-credit-rated");
    expect(creditSummary(course, "2027-04-01")).toEqual({
      status: "not-credit-rated",
      text: "Credit rating lapsed",
      carriesCredit: false,
      lapsed: true,
    });
    expect(creditSummary(course, "2027-03-31").text).toBe("Credit rated: 20 CATS credits at level 6");
  });
});
