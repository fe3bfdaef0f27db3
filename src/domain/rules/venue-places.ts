import { districtOfPostcode } from "../places/postcodes.ts";
import { labelOf, regions } from "../vocabularies/index.ts";
import { warning, type CourseRule, type RuleFinding } from "./types.ts";

/**
 * Each venue's postcode is one the place data knows, and in the region the venue names. Runs only
 * where the caller hands over the place data (`placeOfPostcode` in the context: the validator and
 * the build do; the List your course form does not, to stay small). Both are warnings: a new
 * postcode district or a venue on a region's edge is not wrong, but a venue the data cannot place
 * is left out of searches by distance, and a wrong region hides the run from its region's filter.
 */
export const venuesArePlaced: CourseRule = ({ course, placeOfPostcode }) => {
  if (!placeOfPostcode) return [];
  const findings: RuleFinding[] = [];
  course.presentations.forEach((run, index) => {
    const venue = run.venue;
    if (!venue) return;
    const at = (field: string) => ["presentations", index, "venue", field];
    const place = placeOfPostcode(venue.postcode);
    if (!place) {
      const district = districtOfPostcode(venue.postcode) ?? venue.postcode;
      findings.push(
        warning(
          at("postcode"),
          `The postcode "${venue.postcode}" is in a district (${district}) that our place data does not have, so searches by distance cannot find this run`,
          "Check the postcode against the venue's address. If it is right, the district is newer than our place data: say so when you send the entry, and a maintainer will refresh it with npm run places:refresh",
        ),
      );
      return;
    }
    if (place.region && place.region !== venue.region) {
      const where = place.town ? `${place.town}, ${labelOf(regions, place.region)}` : labelOf(regions, place.region);
      findings.push(
        warning(
          at("region"),
          `The venue's postcode "${venue.postcode}" is in ${where}, but its region says ${labelOf(regions, venue.region)}`,
          `Set region: ${place.region}, or check the postcode`,
        ),
      );
    }
  });
  return findings;
};
