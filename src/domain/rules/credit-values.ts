import { creditSchemes, termById } from "../vocabularies/index.ts";
import { courseWording as words } from "../schema/course.ts";
import { creditValueWording as creditWords } from "../schema/credit.ts";
import { error, warning, type CourseRule, type RuleFinding } from "./types.ts";

/** Credit levels fit their scheme, and hours and ECTS agree with CATS (10 hours per credit; 2 CATS = 1 ECTS). */
export const creditValuesAgree: CourseRule = ({ course }) => {
  const findings: RuleFinding[] = [];
  course.credits.forEach((credit, index) => {
    const scheme = termById(creditSchemes, credit.scheme);
    if (credit.level < scheme.minLevel || credit.level > scheme.maxLevel) {
      findings.push(
        error(
          ["credits", index, "level"],
          creditWords.level.rules.outOfRange
            .replace("{min}", String(scheme.minLevel))
            .replace("{max}", String(scheme.maxLevel)),
          `${credit.scheme} credit level must be ${scheme.minLevel} to ${scheme.maxLevel}, not ${credit.level}: ${credit.scheme === "SCQF" ? "use the SCQF level, 1 to 12" : "use the FHEQ level, 3 to 8"}`,
        ),
      );
    }
  });
  // Credit-rated and pending courses get their own message about hours (see credit-status.ts).
  if (course.credits.length > 0 && course.notionalHours === undefined && course.creditStatus === "accredited") {
    findings.push(
      error(
        ["notionalHours"],
        words.notionalHours.rules.tooFew,
        "Credits need the notional hours of learning they stand for: add notionalHours: the total hours of study (10 for each CATS credit)",
        ["credits"],
      ),
    );
  }
  const cats = course.credits.findIndex((credit) => credit.scheme === "CATS");
  if (cats === -1) return findings;
  const catsCredit = course.credits[cats]!;
  const expectedHours = catsCredit.value * termById(creditSchemes, "CATS").hoursPerCredit;
  if (course.notionalHours !== undefined && course.notionalHours !== expectedHours) {
    findings.push(
      warning(
        ["notionalHours"],
        `${catsCredit.value} CATS credits usually mean ${expectedHours} notional hours, not ${course.notionalHours}`,
        `Check the credits and hours; 1 credit = 10 hours, so set notionalHours: ${expectedHours} if the credits are right`,
      ),
    );
  }
  course.credits.forEach((credit, index) => {
    if (credit.scheme !== "ECTS") return;
    const expected = catsCredit.value / 2;
    if (credit.value !== expected) {
      findings.push(
        warning(
          ["credits", index, "value"],
          `${catsCredit.value} CATS credits are ${expected} ECTS, not ${credit.value}`,
          `Set the ECTS value to ${expected} (2 CATS = 1 ECTS)`,
        ),
      );
    }
    if (credit.level !== catsCredit.level) {
      findings.push(
        warning(
          ["credits", index, "level"],
          `ECTS level ${credit.level} differs from the CATS level ${catsCredit.level}`,
          "Give ECTS and CATS values the same FHEQ level",
        ),
      );
    }
  });
  return findings;
};
