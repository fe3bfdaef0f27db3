import { create } from "xmlbuilder2";

/** A parsed XML element: child elements and "@attributes" by name. */
export type XmlNode = Record<string, unknown>;

/** Child elements of a parsed XML object as an array, whether there was one or many. */
export const many = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Parses XML text with a real XML parser into nested objects. */
export const parseXml = (text: string): XmlNode => create(text).end({ format: "object" }) as XmlNode;

/** The courses in an XCRI-CAP catalog, across all its providers. */
export function xcriCourses(text: string): XmlNode[] {
  const catalog = parseXml(text).catalog as XmlNode;
  return many(catalog.provider as XmlNode[]).flatMap((provider) => many(provider.course as XmlNode[]));
}
