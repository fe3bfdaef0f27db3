import { error, type CourseRule, type RuleFinding } from "./types.ts";

/** Every provider id a course names must be a provider in the catalogue. */
export const referencesResolve: CourseRule = ({ course, providerIds }) => {
  const findings: RuleFinding[] = [];
  const check = (path: RuleFinding["path"], id: string | undefined) => {
    if (id !== undefined && !providerIds.has(id)) {
      findings.push(
        error(
          path,
          `No provider has the id "${id}"`,
          `Use the id of a file in content/providers/, or add content/providers/${id}.md`,
        ),
      );
    }
  };
  check(["provider"], course.provider);
  check(["awardingBody"], course.awardingBody);
  check(["creditRating", "ratedBy"], course.creditRating?.ratedBy);
  check(["creditRating", "requestedFrom"], course.creditRating?.requestedFrom);
  course.partners.forEach((partner, index) => {
    check(["partners", index, "provider"], partner.provider);
    if ((partner.provider === undefined) === (partner.name === undefined)) {
      findings.push(
        error(
          ["partners", index],
          "A partner needs exactly one of provider or name",
          "Use provider: <id> for a provider in the catalogue, or name: for any other organisation",
        ),
      );
    }
  });
  return findings;
};
