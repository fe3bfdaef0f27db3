import { httpsUrl } from "../../domain/schema/index.ts";
import type { MappingNotes } from "./notes.ts";

/**
 * A web address our catalogue can link to (https, a real host), or undefined
 * with the element reported. An http address is not upgraded: the page may
 * not exist at https, and a person should check.
 */
export function httpsOrReport(address: string, element: string, notes: MappingNotes): string | undefined {
  if (httpsUrl.safeParse(address).success) return address;
  const reason = /^http:/i.test(address)
    ? "catalogue links must use https; check the page at https:// and add it by hand"
    : "not a web address";
  notes.skip(element, address, reason);
  return undefined;
}
