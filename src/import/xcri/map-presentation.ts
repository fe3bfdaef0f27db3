import type { Element } from "@xmldom/xmldom";
import { attendanceModesWithoutVenue, type AttendanceModeId } from "../../domain/vocabularies/index.ts";
import { mapCode, type CodedElement } from "./codes.ts";
import { readCost } from "./cost.ts";
import { readDate } from "./dates.ts";
import { childNamed, childText, textOf } from "./elements.ts";
import { IdAllocator, slugify } from "./ids.ts";
import { NS } from "./namespaces.ts";
import type { MappingNotes } from "./notes.ts";
import { chooseTodo, writeTodo } from "./todos.ts";
import { reportUnread, type Handled } from "./unmapped-elements.ts";
import { mapVenue, readLocation, type FeedLocation } from "./map-venue.ts";
import { httpsOrReport } from "./urls.ts";

const { catalog: CATALOG, dc: DC, mlo: MLO } = NS;

/** Elements of a presentation this module reads; the rest are reported. */
const HANDLED: Handled = [
  [DC, "identifier"],
  [DC, "title"],
  [MLO, "start"],
  [CATALOG, "end"],
  [MLO, "duration"],
  [CATALOG, "applyUntil"],
  [CATALOG, "applyTo"],
  [CATALOG, "studyMode"],
  [CATALOG, "attendanceMode"],
  [CATALOG, "attendancePattern"],
  [MLO, "places"],
  [MLO, "cost"],
  [CATALOG, "venue"],
];

/** What a run's mapping needs from the course and provider around it. */
export interface PresentationContext {
  readonly index: number;
  readonly ids: IdAllocator;
  readonly providerLocation?: FeedLocation | undefined;
  readonly notes: MappingNotes;
}

/**
 * Maps one XCRI-CAP presentation to one of our runs: dates, apply-by, modes
 * and pattern, venue, cost, places. Codes it cannot map become TODOs, and
 * every element it leaves out is reported.
 */
export function mapPresentation(element: Element, context: PresentationContext): Record<string, unknown> {
  const { notes } = context;
  const at = `presentation[${context.index + 1}]`;
  const field = `presentations[${context.index}]`;
  const run: Record<string, unknown> = { id: "" };

  // No start, or a placeholder year such as 1900, means learners can start at any time.
  const start = childNamed(element, MLO, "start");
  const startDate = start ? readDate(start) : ({ kind: "no-fixed-date" } as const);
  if (startDate.kind === "date") run.start = startDate.date;
  else run.flexibleStart = true;
  if (startDate.kind === "unreadable") {
    notes.skip(`${at}/mlo:start`, textOf(start), `${startDate.reason}; listed as starting any time`);
  }
  run.id = context.ids.allocate(...runIdCandidates(element, context.index, run.start as string | undefined));
  for (const [name, key] of [
    ["end", "end"],
    ["applyUntil", "applyBy"],
  ] as const) {
    const date = childNamed(element, CATALOG, name);
    if (!date) continue;
    const read = readDate(date);
    if (read.kind === "date") run[key] = read.date;
    else if (read.kind === "unreadable") notes.skip(`${at}/${name}`, textOf(date), read.reason);
  }

  for (const kind of ["studyMode", "attendanceMode", "attendancePattern"] as const) {
    run[kind] = mapCodedElement(element, kind, { at, field }, notes);
  }
  const duration = childText(element, MLO, "duration");
  if (duration) run.schedule = `Duration: ${duration}`.slice(0, 200);

  const venueElement = childNamed(element, CATALOG, "venue");
  const venueProvider = venueElement ? childNamed(venueElement, CATALOG, "provider") : undefined;
  const location = venueProvider
    ? readLocation(venueProvider, childText(venueProvider, DC, "title"))
    : context.providerLocation;
  if (attendanceModesWithoutVenue.includes(run.attendanceMode as AttendanceModeId)) run.online = true;
  else if (location) run.venue = mapVenue(location, { element: `${at}/venue`, field: `${field}.venue` }, notes);
  else {
    notes.todo(`${field}.venue`);
    run.venue = writeTodo("give the venue's name:, town:, postcode: and region:, or set online: true");
  }

  run.cost = mapCost(element, { at, field }, notes);
  const places = childText(element, MLO, "places");
  if (places && /^\d+$/.test(places) && Number(places) > 0) run.places = Number(places);
  else if (places) notes.skip(`${at}/mlo:places`, places, "not a whole number of places");
  const applyTo = childText(element, CATALOG, "applyTo");
  const applyUrl = applyTo ? httpsOrReport(applyTo, `${at}/applyTo`, notes) : undefined;
  if (applyUrl) run.applyUrl = applyUrl;

  reportUnread(element, `${at}/`, HANDLED, notes, "our runs have no field for it");
  return run;
}

/** Ids to try for a run: the fragment or text of its identifier, then its start date, then its position. */
function runIdCandidates(element: Element, index: number, start: string | undefined): string[] {
  const identifier = childText(element, DC, "identifier") ?? "";
  const fragment = identifier.includes("#") ? identifier.slice(identifier.lastIndexOf("#") + 1) : "";
  return [slugify(fragment), /^https?:/i.test(identifier) ? "" : slugify(identifier), start ?? "", `run-${index + 1}`];
}

function mapCodedElement(
  run: Element,
  kind: CodedElement,
  place: { at: string; field: string },
  notes: MappingNotes,
): string {
  const element = childNamed(run, CATALOG, kind);
  const field = `presentations[].${kind}`;
  if (!element) {
    notes.todo(`${place.field}.${kind}`);
    return chooseTodo(field, { many: false, hint: `the feed gives no ${kind}` });
  }
  const mapped = mapCode(element, kind);
  if (mapped.ok) return mapped.id;
  const written = textOf(element) || element.getAttribute("identifier") || "";
  notes.skip(`${place.at}/${kind}`, written, mapped.reason);
  notes.todo(`${place.field}.${kind}`);
  return chooseTodo(field, { many: false, hint: `the feed says "${written.slice(0, 60)}"` });
}

function mapCost(run: Element, place: { at: string; field: string }, notes: MappingNotes): unknown {
  const written = childText(run, MLO, "cost");
  const todo = (reason: string) => {
    notes.todo(`${place.field}.cost`);
    return writeTodo(`give the fee in pounds as amount: (0 if free), ${reason}`);
  };
  if (!written) return todo("as the feed gives no cost");
  const cost = readCost(written);
  if (cost.ok)
    return cost.description ? { amount: cost.amount, description: cost.description } : { amount: cost.amount };
  notes.skip(`${place.at}/mlo:cost`, written, cost.reason);
  return todo(`as the feed says "${written.slice(0, 80)}"`);
}
