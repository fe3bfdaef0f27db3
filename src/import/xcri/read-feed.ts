import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { FEED_LIMITS } from "./limits.ts";
import { NS } from "./namespaces.ts";

/** A feed that cannot be imported at all, with a reason a person can act on. */
export class FeedError extends Error {
  override readonly name = "FeedError";
}

/** Refuses bytes that are not UTF-8, rather than importing garbled text. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Parses an XCRI-CAP feed with a namespace-aware XML parser and returns its
 * catalog element. Feeds come from strangers, so: the size is capped; any
 * DOCTYPE is refused, which rules out external entities (XXE) and entity
 * expansion bombs; nothing in the feed is ever fetched or run.
 */
export function readFeed(bytes: Uint8Array): Element {
  if (bytes.byteLength > FEED_LIMITS.maxFeedBytes) {
    throw new FeedError(
      `The feed is ${bytes.byteLength} bytes; the importer reads feeds of up to ${FEED_LIMITS.maxFeedBytes} bytes`,
    );
  }
  let text: string;
  try {
    // TextDecoder drops a UTF-8 byte order mark, which some feeds start with.
    text = strictUtf8.decode(bytes);
  } catch {
    throw new FeedError("The feed is not UTF-8 text");
  }
  const document = parse(text);
  if (document.doctype) {
    throw new FeedError("The feed has a DOCTYPE; XCRI-CAP feeds need none, and it is refused for safety");
  }
  const root = document.documentElement;
  if (!root || root.namespaceURI !== NS.catalog || root.localName !== "catalog") {
    throw new FeedError(
      `The feed's root element is not an XCRI-CAP <catalog> in the namespace ${NS.catalog} (found <${root?.tagName ?? "nothing"}>)`,
    );
  }
  return root;
}

function parse(text: string): Document {
  const parser = new DOMParser({
    locator: false,
    // Any error, even one xmldom would recover from, means the feed is not well-formed XML.
    onError: (level, message) => {
      if (level !== "warning") throw new FeedError(`The feed is not well-formed XML: ${message}`);
    },
  });
  try {
    return parser.parseFromString(text, "text/xml");
  } catch (cause) {
    if (cause instanceof FeedError) throw cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new FeedError(`The feed is not well-formed XML: ${message.split("\n")[0]}`);
  }
}
