/**
 * The XCRI-CAP validator's own rule file (reference/xcri-cap-validator/XCRICAP12.xml), evaluated
 * the way that validator evaluates it. The validator is C# (.NET XPath over LINQ to XML); this is a
 * port of its engine, not of its rules: every rule, selector, message and status is read from the
 * rule file at run time, and each XPath is evaluated by a real XPath 1.0 engine (`xpath` over
 * @xmldom/xmldom). Each validator type below follows the C# class of the same name in
 * src/XCRI.Validation/ContentValidation/ of that repository, differences noted where they are.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser } from "@xmldom/xmldom";
import xpath from "xpath";

const here = path.dirname(fileURLToPath(import.meta.url));
export const XCRI_RULE_FILE = path.join(here, "reference/xcri-cap-validator/XCRICAP12.xml");
const VOCABULARY_FOLDER = path.join(here, "reference/xcri-cap-validator/vocabularies");

/**
 * The rule file names each vocabulary by a web address that no longer answers. These are the local
 * copies (README.md beside them says where each came from). A vocabulary not listed is unavailable:
 * a rule that needs it fails loudly rather than passing.
 */
const VOCABULARY_FILES: Readonly<Record<string, string>> = {
  "studyMode2_1.xml": "studyMode1_0.xml",
  "attendanceMode2_1.xml": "attendanceMode2_1.xml",
  "attendancePattern2_1.xml": "attendancePattern2_1.xml",
};

const CATALOG_NS = "http://xcri.org/profiles/1.2/catalog";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export type XcriStatus = "Exception" | "Warning" | "Recommendation";

/** One rule of the file: a validator element, in the context its parent gives it. */
export interface XcriRule {
  /** The validator type, as the element name in the rule file (numberValidator, urlValidator…). */
  readonly type: string;
  /** The selector of the elementValidation it sits in, or "/*" for documentValidation. */
  readonly context: string;
  readonly selector: string;
  readonly message: string;
  readonly status: XcriStatus;
  /** The validator's other attributes (minimum, maximum, pattern, childElementSelector…). */
  readonly options: Readonly<Record<string, string>>;
}

/** One failure of one rule on one node: the validator's ValidationInstance with a failed status. */
export interface XcriFailure {
  readonly rule: XcriRule;
  readonly line: number | undefined;
  readonly details: string;
}

/** Every rule in a rule file, in the file's order (the validator's ValidationModule.ExtractValidators). */
export function loadXcriRules(ruleFileText = readFileSync(XCRI_RULE_FILE, "utf8")): {
  rules: XcriRule[];
  namespaces: Record<string, string>;
} {
  const doc = parseXml(ruleFileText.replace(/^\uFEFF/, ""));
  const namespaces: Record<string, string> = {};
  for (const add of xpath.select("/contentValidators/namespaces/add", doc) as Element[])
    namespaces[add.getAttribute("prefix")!] = add.getAttribute("namespace")!;
  const rules: XcriRule[] = [];
  const groups = [
    ...(xpath.select("/contentValidators/documentValidation", doc) as Element[]).map((group) => ({
      group,
      context: "/*",
    })),
    ...(xpath.select("/contentValidators/elementValidation", doc) as Element[]).map((group) => ({
      group,
      context: group.getAttribute("selector")!,
    })),
  ];
  for (const { group, context } of groups) {
    for (const node of xpath.select("./*", group) as Element[]) {
      const options: Record<string, string> = {};
      for (const attribute of Array.from(node.attributes)) options[attribute.name] = attribute.value;
      const status = options["status"];
      if (status !== "Exception" && status !== "Warning" && status !== "Recommendation")
        throw new Error(`Rule "${options["message"]}" has an unknown status ${status}`);
      rules.push({
        type: node.localName!,
        context,
        selector: options["selector"]!,
        message: options["message"]!,
        status,
        options,
      });
    }
  }
  return { rules, namespaces };
}

function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(text, "text/xml") as unknown as Document;
  if (errors.length > 0) throw new Error(`Not well-formed XML: ${errors.join("; ")}`);
  return doc;
}

type Evaluate = (expression: string, node: Node) => xpath.SelectReturnType;

/** LINQ to XML's XElement.Value / XAttribute.Value: the text of every descendant, joined. */
const valueOf = (node: Node): string =>
  node.nodeType === node.ATTRIBUTE_NODE ? (node as Attr).value : (node.textContent ?? "");

const lineOf = (node: Node): number | undefined => (node as unknown as { lineNumber?: number }).lineNumber;

/** .NET's Decimal.TryParse with the default NumberStyles.Number (sign, digits, point, thousands, spaces). */
function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(\d{1,3}(,\d{3})*|\d+)?(\.\d*)?$/.test(trimmed) || !/\d/.test(trimmed)) return undefined;
  return Number(trimmed.replace(/,/g, ""));
}

/**
 * .NET regular expressions written in the rule file and the C# classes use character-class
 * subtraction, [A-Z-[QVX]], which JavaScript lacks: expanded here into the letters that remain.
 */
export function dotNetPattern(pattern: string): string {
  return pattern.replace(/\[A-Z-\[([A-Z]+)\]\]/g, (_, removed: string) => {
    const kept = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].filter((letter) => !removed.includes(letter));
    return `[${kept.join("")}]`;
  });
}

const UK_PHONE = /^(?<prefix>0[0-9]{2}\s*?[0-9]{1,3})\s*?(?<number>[0-9]{2,4}\s*?[0-9]{3,4})$/;
const POSTCODE = new RegExp(
  dotNetPattern(
    "(GIR 0AA)|((([A-Z-[QVX]][0-9][0-9]?)|(([A-Z-[QVX]][A-Z-[IJZ]][0-9][0-9]?)|(([A-Z-[QVX]][0-9][A-HJKSTUW])|([A-Z-[QVX]][A-Z-[IJZ]][0-9][ABEHMNPRVWXY])))) [0-9][A-Z-[CIKMOV]]{2})",
  ),
);
const AGE = /^(?:any|not known|(?<Lower>\d{1,})(?:\+|(?:-(?<Upper>\d{1,}))))$/is;
const LANGUAGE =
  /^(aa|ab|ae|af|ak|am|an|ar|as|av|ay|az|ba|be|bg|bh|bi|bm|bn|bo|br|bs|ca|ce|ch|co|cr|cs|cu|cv|cy|da|de|dv|dz|ee|el|en|eo|es|et|eu|fa|ff|fi|fj|fo|fr|fy|ga|gd|gl|gn|gu|gv|ha|he|hi|ho|hr|ht|hu|hy|hz|ia|id|ie|ig|ii|ik|io|is|it|iu|ja|jv|ka|kg|ki|kj|kk|kl|km|kn|ko|kr|ks|ku|kv|kw|ky|la|lb|lg|li|ln|lo|lt|lu|lv|mg|mh|mi|mk|ml|mn|mr|ms|mt|my|na|nb|nd|ne|ng|nl|nn|no|nr|nv|ny|oc|oj|om|or|os|pa|pi|pl|ps|pt|qu|rm|rn|ro|ru|rw|sa|sc|sd|se|sg|si|sk|sl|sm|sn|so|sq|sr|ss|st|su|sv|sw|ta|te|tg|th|ti|tk|tl|tn|to|tr|ts|tt|tw|ty|ug|uk|ur|uz|ve|vi|vo|wa|wo|xh|yi|yo|za|zh|zu)$/i;
/** DurationValidator's four ISO 8601 forms (its named groups dropped: only whether one matches counts). */
const DURATIONS = [
  /^P(?:[\d.,]{1,}Y)?(?:[\d.,]{1,}M)?(?:[\d.,]{1,}D)?(?:T(?:[\d.,]{1,}H)?(?:[\d.,]{1,}M)?(?:[\d.,]{1,}S)?)?$/,
  /^P([\d.,]{1,}W)$/,
  /^P\d{4}-?\d{2}-?\d{2}T\d{2}:?\d{2}:?\d{2}$/,
  /^P(?:(?:\d{4}-?\d{2}-?\d{2})|(?:\d{4}-?W\d{2}-?\d{1}?)|(?:\d{4}-?\d{2}))(?:T\d{2}:?\d{2}:?\d{2}(?:Z?|[+-]\d{2}:?(?:\d{2})?))?$/,
];
/**
 * .NET's MailAddress accepts an RFC 2822 addr-spec (and a display name, which no feed gives here):
 * a local part and a domain of printable characters, without spaces or the specials that need quoting.
 */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".][^\s@<>()[\]\\,;:"]*$/;

/** Uri.TryCreate(value, UriKind.Absolute): a scheme and, for the web schemes, a host. */
function isAbsoluteUri(value: string): boolean {
  const trimmed = value.trim();
  if (!URL.canParse(trimmed) || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed)) return false;
  const url = new URL(trimmed);
  return !["http:", "https:", "ftp:"].includes(url.protocol) || url.hostname !== "";
}

function vocabulary(location: string): { identifiers: string[]; captions: string[] } {
  const file = VOCABULARY_FILES[location.split("/").pop() ?? ""];
  if (!file) throw new Error(`The vocabulary ${location} is not kept in ${VOCABULARY_FOLDER}`);
  const doc = parseXml(readFileSync(path.join(VOCABULARY_FOLDER, file), "utf8"));
  const select = xpath.useNamespaces({ vdex: "http://www.imsglobal.org/xsd/imsvdex_v1p0" });
  const texts = (expression: string) => (select(expression, doc) as Node[]).map(valueOf);
  return {
    identifiers: texts("//vdex:term/vdex:termIdentifier"),
    captions: texts("//vdex:term/vdex:caption/vdex:langstring"),
  };
}

/** VDEXValidator.PassesXsiTypeFilter: whether the element's xsi:type names the vocabulary's type. */
function passesXsiTypeFilter(element: Element, rule: XcriRule): boolean {
  if (rule.options["filterByXsiType"]?.toLowerCase() !== "true") return true;
  const value = element.getAttributeNS(XSI_NS, "type");
  if (value === null || !element.hasAttributeNS(XSI_NS, "type")) return false;
  const [valuePrefix, valueType] = value.includes(":")
    ? [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)]
    : ["", value];
  const expectedNamespace = rule.options["xsiTypeFilterExpectedNamespace"] ?? "";
  if (expectedNamespace.trim() && valuePrefix.trim() && element.lookupPrefix(expectedNamespace) !== valuePrefix)
    return false;
  const expectedType = rule.options["xsiTypeFilterExpectedType"] ?? "";
  if (expectedType.trim() && valueType.trim() && expectedType !== valueType) return false;
  return true;
}

/** Per node: undefined when it passes, else the validator's details. */
function check(rule: XcriRule, node: Node): string | undefined {
  const value = valueOf(node);
  const { options } = rule;
  switch (rule.type) {
    case "urlValidator":
      return isAbsoluteUri(value) ? undefined : `Value was: '${value}'`;
    case "positiveIntegerValidator": {
      const number = parseDecimal(value);
      if (number === undefined) return `The value '${value}' could not be converted to a number`;
      if (number < 0) return `${number} is not positive`;
      return Number.isInteger(number) ? undefined : `${number} is not an integer`;
    }
    case "manualValidator":
      return `Value is: '${value}'`;
    case "regularExpressionValidator": {
      const flags = options["isCaseSensitive"]?.toLowerCase() === "false" ? "i" : "";
      return new RegExp(options["pattern"]!, flags).test(value)
        ? undefined
        : `The value '${value}' did not match the regular expression pattern '${options["pattern"]}'`;
    }
    case "emptyElementValidator": {
      const hasDescendants = (node.childNodes?.length ?? 0) > 0;
      if ((options["enforcementType"] ?? "ForceNotEmpty") === "ForceEmpty")
        return value.trim() === "" && !hasDescendants ? undefined : `Element has a value of '${value}'`;
      if (value.trim() === "") return "Element has no value when one was expected";
      return hasDescendants ? undefined : "Element has 0 child nodes when they were expected";
    }
    case "stringLengthValidator": {
      const minimum = options["minimum"] === undefined ? undefined : Number.parseInt(options["minimum"], 10);
      const maximum = options["maximum"] === undefined ? undefined : Number.parseInt(options["maximum"], 10);
      if (minimum !== undefined && value.length < minimum)
        return `The minimum length of this element is ${minimum} but this element is ${value.length} characters long`;
      if (maximum !== undefined && value.length > maximum)
        return `The maximum length of this element is ${maximum} but this element is ${value.length} characters long`;
      return undefined;
    }
    case "emailAddressValidator":
      return EMAIL.test(value.trim()) ? undefined : `Value was: '${value}'`;
    case "ukTelephoneNumberValidator":
      return UK_PHONE.test(value)
        ? undefined
        : `The telephone number '${value}' was not a valid telephone number 'as it would be dialled from the UK'.`;
    case "postCodeValidator":
      return POSTCODE.test(value) ? undefined : `The postcode '${value}' does not appear to be a valid postal code.`;
    case "ageValidator": {
      const match = AGE.exec(value);
      if (!match) return `The value '${value}' did not match the age pattern`;
      const { Lower: lower, Upper: upper } = match.groups ?? {};
      if (lower !== undefined && upper !== undefined && Number(lower) > Number(upper))
        return `The lower value ('${lower}') was larger than the upper value ('${upper}')`;
      return undefined;
    }
    case "languageValidator":
      return LANGUAGE.test(value)
        ? undefined
        : `The language '${value}' was not a valid language according to the 2-character ISO 639 codes.`;
    case "durationValidator":
      return value.trim() !== "" && DURATIONS.some((pattern) => pattern.test(value))
        ? undefined
        : `${value} is not a valid ISO 8601 duration`;
    case "vdexValidator": {
      const element = node as Element;
      if (!passesXsiTypeFilter(element, rule)) return undefined;
      const terms = vocabulary(options["vdexLocation"]!);
      if (element.hasAttribute("identifier")) {
        const identifier = element.getAttribute("identifier")!;
        if (identifier.trim() === "") return "Blank identifiers are not allowed";
        if (!terms.identifiers.includes(identifier)) return `The value ${identifier} was not a valid identifier value`;
      }
      if (value.trim() === "") return "Blank values are not allowed";
      return terms.captions.includes(value) ? undefined : `The value ${value} was not a valid element value`;
    }
    default:
      throw new Error(`The rule file uses a validator this port does not know: ${rule.type}`);
  }
}

/** NumberValidator.PassesValidation on the text of an XPath number. */
function checkNumber(rule: XcriRule, text: string): string | undefined {
  const number = parseDecimal(text);
  if (number === undefined) return `The value '${text}' could not be converted to a number`;
  const minimum = rule.options["minimum"] === undefined ? undefined : parseDecimal(rule.options["minimum"]);
  const maximum = rule.options["maximum"] === undefined ? undefined : parseDecimal(rule.options["maximum"]);
  if (minimum !== undefined && number < minimum) return `${number} is less than the minimum of ${minimum}`;
  if (maximum !== undefined && number > maximum) return `${number} is more than the maximum of ${maximum}`;
  return undefined;
}

/** NumberPerLanguageValidator.GetLanguageCounts: children counted by xml:lang, "en" when absent. */
function checkPerLanguage(rule: XcriRule, node: Node, evaluate: Evaluate): string | undefined {
  const counts = new Map<string, number>();
  for (const child of evaluate(rule.options["childElementSelector"]!, node) as Node[]) {
    const language = ((child as Element).getAttributeNS(XML_NS, "lang") || "en").toLowerCase();
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const minimum = rule.options["minimum"] === undefined ? undefined : Number(rule.options["minimum"]);
  const maximum = rule.options["maximum"] === undefined ? undefined : Number(rule.options["maximum"]);
  const wrong = [...counts].filter(
    ([, count]) => (minimum !== undefined && count < minimum) || (maximum !== undefined && count > maximum),
  );
  return wrong.length === 0
    ? undefined
    : wrong.map(([language, count]) => `${count} elements in ${language}`).join("; ");
}

const isCatalog = (node: Element | null, localName: string) =>
  node !== null && node.namespaceURI === CATALOG_NS && node.localName === localName;

/**
 * UniqueValidator with uniqueAcross="context": an identifier must be the only one with its value among
 * the identifiers of elements of the same kind, within the document, or within its presentation for a
 * venue's provider, or within its course for a qualification.
 */
function checkUnique(rule: XcriRule, root: Node, evaluate: Evaluate): XcriFailure[] {
  const elements = evaluate(rule.selector, root) as Element[];
  const byValue = new Map<string, number>();
  for (const element of elements) byValue.set(valueOf(element), (byValue.get(valueOf(element)) ?? 0) + 1);
  const repeated = [...byValue].filter(([, count]) => count > 1).map(([value]) => value);
  const failures: XcriFailure[] = [];
  for (const value of repeated) {
    const candidates = evaluate(`${rule.selector}[text()='${value.replace(/'/g, "&quot;")}']`, root) as Element[];
    for (const input of candidates) {
      const parent = input.parentNode as Element;
      const grandparent = parent.parentNode as Element | null;
      const insideProvider = isCatalog(parent, "provider");
      const insideVenue = insideProvider && isCatalog(grandparent, "venue");
      let scope: Node = root.ownerDocument ?? root;
      if (insideVenue) scope = detached(grandparent!.parentNode!);
      if (parent.localName === "qualification" && parent.namespaceURI === "http://purl.org/net/mlo")
        scope = detached(parent.parentNode!);
      let same = (evaluate(rule.selector, scope) as Element[]).filter((element) => {
        const elementParent = element.parentNode as Element;
        return (
          valueOf(element) === value &&
          elementParent.localName === parent.localName &&
          elementParent.namespaceURI === parent.namespaceURI
        );
      });
      if (insideProvider && !insideVenue)
        same = same.filter((element) => {
          const above = element.parentNode?.parentNode as Element | null;
          return !(above?.localName === "venue") && above?.namespaceURI === CATALOG_NS;
        });
      if (same.length !== 1)
        failures.push({
          rule,
          line: lineOf(input),
          details: `There are ${same.length} elements with the identifier ${value}`,
        });
    }
  }
  return failures;
}

/** XDocument.Parse(element.OuterXml()): the element as the root of a document of its own. */
function detached(element: Node): Document {
  const doc = new DOMParser().parseFromString("<x/>", "text/xml") as unknown as Document;
  doc.replaceChild(doc.importNode(element, true), doc.documentElement);
  return doc;
}

/** Runs one rule in one context node (the validator's IValidator.Validate(XElement)). */
function runRule(rule: XcriRule, contextNode: Node, evaluate: Evaluate): XcriFailure[] {
  if (rule.type === "numberValidator") {
    const result = evaluate(rule.selector, contextNode);
    const details = checkNumber(rule, String(result));
    return details === undefined ? [] : [{ rule, line: lineOf(contextNode), details }];
  }
  if (rule.type === "uniqueValidator") {
    if ((rule.options["uniqueAcross"] ?? "document").toLowerCase() !== "context")
      throw new Error('This port evaluates uniqueAcross="context", the only form the rule file uses');
    return checkUnique(rule, contextNode, evaluate);
  }
  const nodes = evaluate(rule.selector, contextNode);
  if (!Array.isArray(nodes)) throw new Error(`The selector ${rule.selector} did not select nodes`);
  const failures: XcriFailure[] = [];
  for (const node of nodes) {
    const details =
      rule.type === "numberPerLanguageValidator" ? checkPerLanguage(rule, node, evaluate) : check(rule, node);
    if (details !== undefined) failures.push({ rule, line: lineOf(node), details });
  }
  return failures;
}

/** Every failure of every rule on one feed (ValidationService.Validate over the rule file's validators). */
export function validateXcriFeed(feedText: string, ruleSet = loadXcriRules()): XcriFailure[] {
  const doc = parseXml(feedText);
  const select = xpath.useNamespaces(ruleSet.namespaces);
  const evaluate: Evaluate = (expression, node) => select(expression, node);
  const root = doc.documentElement;
  const failures: XcriFailure[] = [];
  for (const rule of ruleSet.rules) {
    const contexts = evaluate(rule.context, root);
    if (!Array.isArray(contexts)) throw new Error(`The context ${rule.context} did not select nodes`);
    for (const context of contexts) {
      if (context.nodeType !== context.ELEMENT_NODE)
        throw new Error(`The XPath selector '${rule.context}' must evaluate to an element`);
      failures.push(...runRule(rule, context, evaluate));
    }
  }
  return failures;
}

/** Failures counted by status and rule message, for reports: "Exception: All catalogs must … → 1". */
export function countXcriFailures(failures: readonly XcriFailure[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { rule } of failures) {
    const key = `${rule.status}: ${rule.message}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
