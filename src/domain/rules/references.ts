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
  const seenPartners = new Set<string>();
  course.partners.forEach((partner, index) => {
    check(["partners", index, "provider"], partner.provider);
    if (partner.provider === course.provider) {
      findings.push(
        error(
          ["partners", index, "provider"],
          "The course's own provider cannot also be its partner",
          "Remove this partner; partners are other organisations",
        ),
      );
    }
    const key = partner.provider ?? partner.name ?? "";
    if (seenPartners.has(key)) {
      findings.push(
        error(
          ["partners", index],
          `"${key}" is listed as a partner twice`,
          "List each partner once, with all its roles",
        ),
      );
    }
    seenPartners.add(key);
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
