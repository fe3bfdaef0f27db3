/** About how many bytes of text the body is sent in at a time. */
const CHUNK_CHARACTERS = 64 * 1024;

/**
 * A response whose body is text made chunk by chunk as it is read, for the
 * whole-catalogue exports (api/courses.json, api/courses.csv, the XCRI-CAP
 * feed): the build reads the body into one buffer and writes it, so the text
 * is held once, as bytes, never as one string and the objects it was made
 * from as well (at 50,000 courses each file is about 250 MB).
 */
export function streamedResponse(chunks: Iterable<string>, contentType: string): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      // Small chunks (one course each) gathered into tens of kilobytes, so the stream is not 50,000 pieces.
      let text = "";
      while (text.length < CHUNK_CHARACTERS) {
        const next = iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
  return new Response(body, { headers: { "Content-Type": contentType } });
}
