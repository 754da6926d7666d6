// Hand-written protobuf encoding for the few messages encoded on every tx (the SignDoc, the
// account record, the tx's result in its block): fields written straight into one exact-size
// buffer, in the order and with the omissions of the generated encoders (every caller has a
// byte-equality test against them). And the one varint reader a hand-written decoder needs.

const utf8Encoder = new TextEncoder();

/** Bytes of `n` (a uint64) as a protobuf varint. */
export function varintSize(n: number | bigint): number {
  let len = 1;
  if (typeof n === 'number' || n <= BigInt(Number.MAX_SAFE_INTEGER)) {
    // Lengths and everyday numbers: plain arithmetic, no BigInt steps.
    for (let v = Number(n); v >= 0x80; v = Math.floor(v / 0x80)) len++;
    return len;
  }
  for (let v = n; v >= 0x80n; v >>= 7n) len++;
  return len;
}

/** Bytes of a length-delimited field (tag, length, payload); 0 when the payload is empty and omitted. */
export function delimitedFieldSize(payloadLength: number): number {
  return payloadLength === 0 ? 0 : 1 + varintSize(payloadLength) + payloadLength;
}

/** Bytes of a nested message field of `length` bytes (never omitted: see FieldWriter.nested). */
export function nestedFieldSize(length: number): number {
  return 1 + varintSize(length) + length;
}

/** Bytes of a uint64 field; 0 when the value is 0 (omitted). */
export function uint64FieldSize(n: bigint): number {
  return n === 0n ? 0 : 1 + varintSize(n);
}

/** Bytes of a varint field of a safe non-negative integer (see FieldWriter.uint); 0 when it is 0 (omitted). */
export function uintFieldSize(n: number): number {
  return n === 0 ? 0 : 1 + varintSize(n);
}

/**
 * A uint64 varint at b[o..] as [value, next offset], read as cosmjs-types reads one (at most ten
 * bytes, the low 64 bits kept); undefined if it runs past the end or is longer.
 */
export function readUint64Varint(b: Uint8Array, o: number): [bigint, number] | undefined {
  // Up to 7 bytes (49 bits) as a plain number; longer ones bit by bit as a bigint.
  let n = 0;
  for (let shift = 0; shift < 49; shift += 7) {
    const x = b[o++];
    if (x === undefined) return undefined;
    n += (x & 0x7f) * 2 ** shift;
    if (x < 0x80) return [BigInt(n), o];
  }
  let big = BigInt(n);
  for (let shift = 49n; shift < 70n; shift += 7n) {
    const x = b[o++];
    if (x === undefined) return undefined;
    big |= BigInt(x & 0x7f) << shift;
    if (x < 0x80) return [BigInt.asUintN(64, big), o];
  }
  return undefined;
}

/** Writes fields in order into a buffer of the exact size computed beforehand. */
export class FieldWriter {
  readonly out: Uint8Array;
  private o = 0;

  /**
   * `transient`: the bytes are dropped soon after (sign bytes handed to the signature threads), so
   * they may be a slice of Node's pooled 8 KiB slab — no backing store of their own. Bytes that are
   * kept (stored values) get their own array: a slab slice would keep its whole slab alive.
   */
  constructor(size: number, transient = false) {
    this.out = transient ? Buffer.allocUnsafe(size) : new Uint8Array(size);
  }

  private varint(n: number): void {
    while (n >= 0x80) {
      this.out[this.o++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.out[this.o++] = n;
  }

  private bigVarint(n: bigint): void {
    while (n >= 0x80n) {
      this.out[this.o++] = Number(n & 0x7fn) | 0x80;
      n >>= 7n;
    }
    this.out[this.o++] = Number(n);
  }

  /** A length-delimited field with a header of its own (`tag`), omitted when empty. */
  bytes(tag: number, payload: Uint8Array): this {
    if (payload.length === 0) return this;
    this.out[this.o++] = tag;
    this.varint(payload.length);
    this.out.set(payload, this.o);
    this.o += payload.length;
    return this;
  }

  /** A string field (utf-8 length `byteLength`), omitted when empty. */
  string(tag: number, s: string, byteLength: number): this {
    if (byteLength === 0) return this;
    this.out[this.o++] = tag;
    this.varint(byteLength);
    // As many bytes as UTF-16 units only when every unit is ASCII: copied as is (no view, no
    // encoder call for the short ASCII strings that addresses, denoms and event text are).
    if (byteLength === s.length) for (let i = 0; i < byteLength; i++) this.out[this.o++] = s.charCodeAt(i);
    else this.o += utf8Encoder.encodeInto(s, this.out.subarray(this.o)).written;
    return this;
  }

  /** An unsigned varint field from a safe non-negative integer (uint32, or an int64 ≥ 0), omitted when 0. */
  uint(tag: number, n: number): this {
    if (n === 0) return this;
    this.out[this.o++] = tag;
    this.varint(n);
    return this;
  }

  /** A bool field, omitted when false. */
  bool(tag: number, b: boolean): this {
    if (!b) return this;
    this.out[this.o++] = tag;
    this.out[this.o++] = 1;
    return this;
  }

  /** The header of a nested message of `length` bytes, written next (never omitted). */
  nested(tag: number, length: number): this {
    this.out[this.o++] = tag;
    this.varint(length);
    return this;
  }

  /** A uint64 field, omitted when 0. */
  uint64(tag: number, n: bigint): this {
    if (n === 0n) return this;
    if (n < 0n || n >= 1n << 64n) throw new RangeError(`${n} is not a uint64`);
    this.out[this.o++] = tag;
    this.bigVarint(n);
    return this;
  }

  finish(): Uint8Array {
    if (this.o !== this.out.length) throw new Error(`protobuf field writer: wrote ${this.o} of ${this.out.length} bytes`);
    return this.out;
  }
}
