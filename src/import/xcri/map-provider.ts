import type { Element } from "@xmldom/xmldom";
import { contactSchema, emailAddress, ukPostcode } from "../../domain/schema/index.ts";
import { convert } from "./course-body.ts";
import { childNamed, childrenNamed, childText, textOf, xsiTypeOf } from "./elements.ts";
import { readLocation, regionOfPostcode, type FeedLocation } from "./map-venue.ts";
import { NS } from "./namespaces.ts";
import { MappingNotes } from "./notes.ts";
import { chooseTodo, writeTodo } from "./todos.ts";
import { reportUnread, type Handled } from "./unmapped-elements.ts";
import { httpsOrReport } from "./urls.ts";

const { catalog: CATALOG, dc: DC, mlo: MLO } = NS;

const HANDLED: Handled = [
  [DC, "identifier"],
  [DC, "title"],
  [DC, "description"],
  [MLO, "url"],
  [MLO, "location"],
  [CATALOG, "course"],
];

/** Longest provider description our listings take (src/domain/schema/provider.ts). */
const MAX_DESCRIPTION = 400;

/** A provider mapped from the feed, and what its courses borrow from it. */
export interface MappedProvider {
  readonly fields: Record<string, unknown>;
  readonly body: string;
  readonly notes: MappingNotes;
  /** The provider's contact details, which its courses use too (XCRI-CAP courses rarely have their own). */
  readonly contact?: Record<string, string> | undefined;
  /** Where the provider is: XCRI-CAP says a run without a venue is held there. */
  readonly location?: FeedLocation | undefined;
}

/**
 * Maps an XCRI-CAP provider to our provider fields. Its type is not in XCRI-CAP, so
 * it is a TODO; its region is worked out from its location's postcode where it can
 * be, and is a TODO otherwise; so is anything that does not fit.
 */
export function mapProvider(provider: Element, id: string): MappedProvider {
  const notes = new MappingNotes();
  const name = childText(provider, DC, "title")!.slice(0, 150);
  const todo = (field: string, value: string) => (notes.todo(field), value);
  const descriptions = childrenNamed(provider, DC, "description").map((element, index) =>
    convert(element, `dc:description[${index + 1}]`, notes),
  );
  const summary = descriptions.map((description) => description.plainText).find(Boolean) ?? "";
  const url = childText(provider, MLO, "url");
  const contact = mapContact(provider, notes);
  const location = childNamed(provider, MLO, "location") ? readLocation(provider, name) : undefined;
  const postcode = location?.postcode ? ukPostcode.safeParse(location.postcode) : undefined;
  const region = postcode?.success ? regionOfPostcode(postcode.data) : undefined;
  const fields: Record<string, unknown> = {
    id,
    name,
    type: todo("type", chooseTodo("type (providers)", { many: false })),
    // From the postcode of the provider's location when the place data knows its district.
    region: region ?? todo("region", chooseTodo("region", { many: false })),
    ...(location?.town ? { town: location.town.slice(0, 60) } : {}),
    url:
      (url && httpsOrReport(url, "mlo:url", notes)) ||
      todo("url", writeTodo("give the provider's website, starting https://")),
    contact: contact ?? todo("contact", writeTodo("give an email:, phone: or url: under contact:")),
    ...mapUkprn(provider),
    description:
      summary && summary.length <= MAX_DESCRIPTION
        ? summary
        : todo(
            "description",
            writeTodo(`describe the provider in one or two sentences (${MAX_DESCRIPTION} characters at most)`),
          ),
  };
  reportUnread(provider, "", HANDLED, notes, "our providers have no field for it");
  for (const [index, identifier] of childrenNamed(provider, DC, "identifier").entries()) {
    const kept = index === 0 || textOf(identifier) === fields.ukprn;
    if (!kept)
      notes.skip(`dc:identifier[${index + 1}]`, textOf(identifier), "only the first identifier and the UKPRN are kept");
  }
  const body =
    descriptions
      .map((description) => description.markdown)
      .filter(Boolean)
      .join("\n\n") || writeTodo(`say more about ${name} for learners choosing a course`);
  return {
    fields,
    body,
    notes,
    contact,
    // Only a provider that gives its address can stand in for a run's missing venue.
    location,
  };
}

/** The UKPRN, from an identifier typed as one or written as 8 digits starting with 1. */
function mapUkprn(provider: Element): { ukprn?: string } {
  const identifiers = childrenNamed(provider, DC, "identifier");
  const typed = identifiers.find((identifier) => xsiTypeOf(identifier)?.toLowerCase() === "ukprn");
  const candidate =
    textOf(typed) || identifiers.map((identifier) => textOf(identifier)).find((text) => /^1\d{7}$/.test(text));
  return candidate && /^1\d{7}$/.test(candidate) ? { ukprn: candidate } : {};
}

/** Email and phone from the provider's mlo:location, where XCRI-CAP keeps them. */
function mapContact(provider: Element, notes: MappingNotes): Record<string, string> | undefined {
  const location = childNamed(provider, MLO, "location");
  if (!location) return undefined;
  const read: Handled = [
    [MLO, "town"],
    [MLO, "postcode"],
    [MLO, "email"],
    [MLO, "phone"],
  ];
  reportUnread(location, "mlo:location/", read, notes, "our providers keep only town, postcode, email and phone");
  const contact: Record<string, string> = {};
  const email = childText(location, MLO, "email");
  if (email && emailAddress.safeParse(email).success) contact.email = email;
  else if (email) notes.skip("mlo:location/mlo:email", email, "not an email address");
  const phone = childText(location, MLO, "phone");
  if (phone && contactSchema.shape.phone.safeParse(phone).success) contact.phone = phone;
  else if (phone) notes.skip("mlo:location/mlo:phone", phone, "not a UK phone number of digits and spaces");
  return Object.keys(contact).length > 0 ? contact : undefined;
}
