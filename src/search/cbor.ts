/**
 * The little CBOR that Pagefind's files need, read and written as Pagefind writes it: unsigned and
 * negative whole numbers, text, byte strings and arrays, each item's head in the fewest bytes. The page
 * list (pagefind-meta.ts) and the word index's chunks (chunk-ends.ts) are read with it.
 */

/** Reads CBOR items one after another from `at`. */
export class Cbor {
  /** Where the next item starts. */
  at = 0;
  private readonly text = new TextDecoder();
  private readonly bytes: Uint8Array;
  /** The whole file read as one byte per character, for cutting ASCII text from. */
  private ascii: string | undefined;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** The next item's major type and its argument (a length or a value). */
  private head(): { major: number; argument: number } {
    const first = this.byte();
    const major = first >> 5;
    const info = first & 0x1f;
    if (info < 24) return { major, argument: info };
    const size = { 24: 1, 25: 2, 26: 4 }[info];
    if (!size) throw new Error(`unexpected CBOR item (0x${first.toString(16)}) at byte ${this.at - 1}`);
    let argument = 0;
    for (let i = 0; i < size; i++) argument = argument * 256 + this.byte();
    return { major, argument };
  }

  private byte(): number {
    if (this.at >= this.bytes.length) throw new Error("the file ends early");
    return this.bytes[this.at++]!;
  }

  uint(): number {
    const { major, argument } = this.head();
    if (major !== 0) throw new Error(`expected a number, found CBOR type ${major}`);
    return argument;
  }

  arrayLength(): number {
    const { major, argument } = this.head();
    if (major !== 4) throw new Error(`expected an array, found CBOR type ${major}`);
    return argument;
  }

  string(): string {
    const { major, argument } = this.head();
    if (major !== 3) throw new Error(`expected text, found CBOR type ${major}`);
    const end = this.at + argument;
    if (end > this.bytes.length) throw new Error("the file ends early");
    const start = this.at;
    this.at = end;
    for (let at = start; at < end; at++)
      if (this.bytes[at]! >= 0x80) return this.text.decode(this.bytes.subarray(start, end));
    // Hashes are short and ASCII: cut from the file decoded once, as a decoder call per hash took several times longer.
    this.ascii ??= new TextDecoder("latin1").decode(this.bytes);
    return this.ascii.slice(start, end);
  }

  skip(): void {
    const { major, argument } = this.head();
    if (major === 2 || major === 3) this.at += argument;
    else if (major === 4) for (let i = 0; i < argument; i++) this.skip();
    else if (major !== 0 && major !== 1) throw new Error(`unexpected CBOR type ${major}`);
  }
}

/**
 * Writes CBOR items as Pagefind does (each head in the fewest bytes) into one buffer that grows as
 * needed: the search page writes a whole page list this way before its first search by words.
 */
export class CborWriter {
  private out: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();
  constructor(expectedBytes = 64) {
    this.out = new Uint8Array(expectedBytes);
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.out.length) return;
    const larger = new Uint8Array(Math.max(this.out.length * 2, this.at + bytes));
    larger.set(this.out.subarray(0, this.at));
    this.out = larger;
  }

  /** An item's head: its major type and its argument (a length or a value). */
  head(major: number, argument: number): void {
    this.room(5);
    const type = major << 5;
    const out = this.out;
    if (argument < 24) out[this.at++] = type | argument;
    else if (argument < 0x100) {
      out[this.at++] = type | 24;
      out[this.at++] = argument;
    } else if (argument < 0x10000) {
      out[this.at++] = type | 25;
      out[this.at++] = argument >> 8;
      out[this.at++] = argument & 0xff;
    } else {
      out[this.at++] = type | 26;
      for (const shift of [24, 16, 8, 0]) out[this.at++] = (argument >>> shift) & 0xff;
    }
  }

  /** A text item: ASCII (page numbers, hashes) copied as it is, anything else through the encoder. */
  text(value: string): void {
    let ascii = true;
    for (let at = 0; at < value.length && ascii; at++) ascii = value.charCodeAt(at) < 0x80;
    if (!ascii) {
      const body = this.encoder.encode(value);
      this.head(3, body.length);
      this.bytes(body);
      return;
    }
    this.head(3, value.length);
    this.room(value.length);
    for (let at = 0; at < value.length; at++) this.out[this.at++] = value.charCodeAt(at);
  }

  /** Bytes as they are (already CBOR). */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.out.set(bytes, this.at);
    this.at += bytes.length;
  }

  done(): Uint8Array {
    return this.out.slice(0, this.at);
  }
}
