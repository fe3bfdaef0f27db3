import type { Provider } from "../schema/index.ts";
import { warning, type CourseRule, type RuleFinding } from "./types.ts";

/** Joins missing field names as "address, phone and email". */
const listed = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/**
 * Each venue gives what course directories need to list it. The XCRI-CAP 1.2 profile that UK
 * aggregators validate against rejects a venue without an address line and a phone number, and asks
 * for an email address; our feed never makes them up, so an entry without them is left out by those
 * directories. A warning, not an error: the course is still listed on this site.
 */
export const venuesHaveFeedDetails: CourseRule = ({ course }) => {
  const findings: RuleFinding[] = [];
  course.presentations.forEach((run, index) => {
    const venue = run.venue;
    if (!venue) return;
    const missing = [!venue.address && "address", !venue.phone && "phone", !venue.email && "email"].filter(
      (name): name is string => typeof name === "string",
    );
    if (missing.length === 0) return;
    findings.push(
      warning(
        ["presentations", index, "venue", missing[0]!],
        `The venue "${venue.name}" has no ${listed(missing)}, so course directories that read our XCRI-CAP feed ${venue.address && venue.phone ? "may not show how to reach it" : "will reject this run"}`,
        `Under venue:, add ${missing.map((name) => (name === "address" ? "address: (the building and street lines)" : `${name}:`)).join(", ")}`,
        ["presentations", index, "venue"],
      ),
    );
  });
  return findings;
};

/**
 * A provider gives the postal address and phone number that the XCRI-CAP 1.2 profile requires of
 * every provider's location. Without them, course directories that read our feed reject the
 * provider's whole feed. A warning: the provider's courses are still listed on this site.
 */
export function providerHasFeedDetails(provider: Provider): RuleFinding[] {
  const missing = [
    !provider.address && "address",
    !provider.postcode && "postcode",
    !provider.contact.phone && "contact phone",
  ].filter((name): name is string => typeof name === "string");
  if (missing.length === 0) return [];
  const path = missing[0] === "contact phone" ? ["contact", "phone"] : [missing[0]!];
  return [
    warning(
      path,
      `The provider has no ${listed(missing)}, so course directories that read our XCRI-CAP feed will reject its courses`,
      `Add ${missing.map((name) => (name === "address" ? "address: (the building and street lines of the main site)" : name === "contact phone" ? "phone: under contact:" : `${name}:`)).join(", ")}`,
      missing[0] === "contact phone" ? ["contact"] : ["name"],
    ),
  ];
}
