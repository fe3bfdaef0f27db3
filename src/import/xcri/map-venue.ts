import type { Element } from "@xmldom/xmldom";
import { isImportTodo } from "../../domain/import-todo.ts";
import { placeOfPostcode } from "../../domain/places/place-data.ts";
import { ukPostcode } from "../../domain/schema/index.ts";
import { childNamed, childText } from "./elements.ts";
import { NS } from "./namespaces.ts";
import type { MappingNotes } from "./notes.ts";
import { chooseTodo, writeTodo } from "./todos.ts";

/** Where a provider or venue is, as its mlo:location says. */
export interface FeedLocation {
  readonly name?: string | undefined;
  readonly town?: string | undefined;
  readonly postcode?: string | undefined;
}

/** Reads an mlo:location's town and postcode, under a name (the venue's or provider's dc:title). */
export function readLocation(owner: Element, name: string | undefined): FeedLocation {
  const location = childNamed(owner, NS.mlo, "location");
  return {
    name,
    town: location ? childText(location, NS.mlo, "town") : undefined,
    postcode: location ? childText(location, NS.mlo, "postcode") : undefined,
  };
}

/**
 * Builds our venue from a feed location. XCRI-CAP has no region: it is worked out
 * from the postcode's district (see src/domain/places), and is a TODO only when
 * the postcode is missing or its district unknown; so is a missing town or an
 * unusable postcode.
 */
export function mapVenue(
  location: FeedLocation,
  place: { element: string; field: string },
  notes: MappingNotes,
): Record<string, unknown> {
  const postcode = location.postcode ? ukPostcode.safeParse(location.postcode) : undefined;
  if (location.postcode && !postcode?.success) {
    notes.skip(`${place.element}/mlo:location/mlo:postcode`, location.postcode, "not a UK postcode");
  }
  const venue = {
    name: location.name?.slice(0, 120) || writeTodo("name the building or site"),
    town: location.town?.slice(0, 60) || writeTodo("name the town or city"),
    postcode: postcode?.success ? postcode.data : writeTodo("give the venue's full UK postcode, like 'M15 6BH'"),
    region:
      (postcode?.success ? regionOfPostcode(postcode.data) : undefined) ??
      chooseTodo("presentations[].venue.region", { many: false, hint: "XCRI-CAP has no region" }),
  };
  for (const [field, value] of Object.entries(venue)) {
    if (isImportTodo(value)) notes.todo(`${place.field}.${field}`);
  }
  return venue;
}

/** The region a UK postcode is in, by its district, if the place data knows it. */
export const regionOfPostcode = (postcode: string) => placeOfPostcode(postcode)?.region;
