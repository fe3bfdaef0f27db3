/**
 * Atom feeds against RFC 4287, rule by rule: the constraints its text states for atom:feed and
 * atom:entry (sections 4.1.1 to 4.2.15) and for the constructs they use (3.1 text, 3.3 dates,
 * 4.2.6 ids as IRIs, 4.2.7 links). Each failure names its section, so figures count by rule.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";

export const ATOM_NS = "http://www.w3.org/2005/Atom";

export interface AtomFailure {
  readonly rule: string;
  readonly where: string;
}

const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes).filter(
    (node): node is Element =>
      node.nodeType === node.ELEMENT_NODE &&
      (node as Element).namespaceURI === ATOM_NS &&
      (node as Element).localName === name,
  );

/** RFC 3339 date-time (section 3.3): full date, "T", full time with seconds, and an offset. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** An absolute IRI (RFC 3987): a scheme, a colon, and no spaces. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;

export function checkAtomFeed(text: string): AtomFailure[] {
  const failures: AtomFailure[] = [];
  const fail = (rule: string, where: string) => failures.push({ rule, where });
  const parseErrors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") parseErrors.push(message);
    },
  }).parseFromString(text, "text/xml");
  if (parseErrors.length > 0) return [{ rule: "well-formed XML", where: parseErrors.join("; ") }];
  const feed = doc.documentElement;
  if (!feed || feed.namespaceURI !== ATOM_NS || feed.localName !== "feed")
    return [{ rule: "4.1.1 the document element is atom:feed", where: "/" }];

  const exactlyOne = (parent: Element, name: string, section: string, where: string) => {
    const count = children(parent, name).length;
    if (count !== 1) fail(`${section} exactly one atom:${name} in atom:${parent.localName}`, where);
  };
  const atMostOne = (parent: Element, name: string, section: string, where: string) => {
    if (children(parent, name).length > 1)
      fail(`${section} at most one atom:${name} in atom:${parent.localName}`, where);
  };
  const checkText = (element: Element, where: string) => {
    const type = element.getAttribute("type");
    if (type !== null && type !== "" && !["text", "html", "xhtml"].includes(type))
      fail("3.1.1 a text construct's type is text, html or xhtml", where);
  };
  const checkDates = (parent: Element, where: string) => {
    for (const name of ["updated", "published"])
      for (const date of children(parent, name))
        if (!RFC_3339.test((date.textContent ?? "").trim())) fail(`3.3 atom:${name} is an RFC 3339 date-time`, where);
  };
  const checkIds = (parent: Element, where: string) => {
    for (const id of children(parent, "id"))
      if (!ABSOLUTE_IRI.test((id.textContent ?? "").trim())) fail("4.2.6 atom:id is an absolute IRI", where);
  };
  const checkLinks = (parent: Element, where: string) => {
    const alternates = new Set<string>();
    for (const link of children(parent, "link")) {
      if (!link.getAttribute("href")) fail("4.2.7.1 atom:link has an href", where);
      const rel = link.getAttribute("rel") || "alternate";
      if (rel === "alternate") {
        const key = `${link.getAttribute("type") ?? ""} ${link.getAttribute("hreflang") ?? ""}`;
        if (alternates.has(key))
          fail(`4.1.${parent.localName === "feed" ? 1 : 2} at most one alternate link per type and hreflang`, where);
        alternates.add(key);
      }
    }
  };
  const hasAuthor = (element: Element) => children(element, "author").length > 0;
  const checkPersons = (parent: Element, where: string) => {
    for (const person of [...children(parent, "author"), ...children(parent, "contributor")])
      if (children(person, "name").length !== 1) fail("3.2.1 a person construct has exactly one atom:name", where);
  };

  exactlyOne(feed, "id", "4.1.1", "feed");
  exactlyOne(feed, "title", "4.1.1", "feed");
  exactlyOne(feed, "updated", "4.1.1", "feed");
  for (const name of ["generator", "icon", "logo", "rights", "subtitle"]) atMostOne(feed, name, "4.1.1", "feed");
  for (const title of children(feed, "title")) checkText(title, "feed/title");
  checkDates(feed, "feed");
  checkIds(feed, "feed");
  checkLinks(feed, "feed");
  checkPersons(feed, "feed");
  if (!children(feed, "link").some((link) => link.getAttribute("rel") === "self"))
    fail("4.1.1 a feed SHOULD have a self link", "feed");

  children(feed, "entry").forEach((entry, index) => {
    const where = `entry[${index + 1}]`;
    exactlyOne(entry, "id", "4.1.2", where);
    exactlyOne(entry, "title", "4.1.2", where);
    exactlyOne(entry, "updated", "4.1.2", where);
    for (const name of ["content", "published", "rights", "source", "summary"]) atMostOne(entry, name, "4.1.2", where);
    checkDates(entry, where);
    checkIds(entry, where);
    checkLinks(entry, where);
    checkPersons(entry, where);
    for (const title of children(entry, "title")) checkText(title, `${where}/title`);
    for (const summary of children(entry, "summary")) checkText(summary, `${where}/summary`);
    const content = children(entry, "content")[0];
    if (!content && !children(entry, "link").some((link) => (link.getAttribute("rel") || "alternate") === "alternate"))
      fail("4.1.2 an entry without atom:content has an alternate link", where);
    if (content?.getAttribute("src") && children(entry, "summary").length === 0)
      fail("4.1.2 an entry with out-of-line content has an atom:summary", where);
    const source = children(entry, "source")[0];
    if (!hasAuthor(feed) && !hasAuthor(entry) && !(source && hasAuthor(source)))
      fail("4.1.2 an entry has an atom:author, unless its feed has one", where);
  });
  return failures;
}
