import { factsOf, type Shown } from "./facts.ts";

export type { Shown } from "./facts.ts";

/** Creates an element with text content only: result text never becomes HTML. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = "",
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * Pagefind marks matched words with <mark>. Only those marks are turned into
 * elements; everything else stays text, so nothing in an entry can inject HTML.
 */
export function excerptNode(excerpt: string): HTMLParagraphElement {
  const paragraph = element("p", "excerpt");
  const decode = (text: string) => {
    const textarea = document.createElement("textarea");
    textarea.innerHTML = text.replace(/</g, "&lt;");
    return textarea.value;
  };
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    paragraph.append(marked ? element("mark", "", decode(marked[1]!)) : document.createTextNode(decode(part)));
  });
  return paragraph;
}

/**
 * A result as the browse pages show a course: title, provider, summary or
 * excerpt, badges, and the facts of the run that matches the filters.
 */
export function resultItem(data: Shown, withExcerpt: boolean): HTMLLIElement {
  const item = element("li", "");
  const heading = element("h3", "course-title");
  const link = element("a", "", data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading, element("p", "caption", data.meta.provider ?? ""));
  item.append(withExcerpt && data.excerpt ? excerptNode(data.excerpt) : element("p", "", data.meta.summary ?? ""));
  const badges = element("ul", "badges");
  const badge = (text: string, tone: string) => {
    const li = element("li", "");
    li.append(element("span", `tag ${tone}`, text));
    badges.append(li);
  };
  badge(data.meta.credit ?? "", data.meta.creditStatus === "not-credit-rated" ? "tag--grey" : "");
  if (data.meta.interProfessional === "yes") badge("Inter-professional", "tag--green");
  if (data.meta.serviceUsers === "yes") badge("Service users and carers involved", "tag--purple");
  const facts = element("dl", "course-facts");
  for (const [label, value] of factsOf(data)) {
    const fact = element("div", "");
    fact.append(element("dt", "", label), element("dd", "", value));
    facts.append(fact);
  }
  item.append(badges, facts);
  return item;
}
